import { inArray } from "drizzle-orm";
import type { ChapterKey, ChapterState } from "../../../domain/masterplan-chapters";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { deliverableTemplate } from "../../db/schema/index";
import { currentMasterplan } from "../masterplans/load";
import { planChapters } from "../masterplans/plan-facts";

/**
 * What the deliverables of a region's stages cover in its masterplan: the chapters each
 * deliverable template names (stored with the template) and the state of those
 * chapters in the region's current plan, if the actor can see one.
 */
export type Coverage = {
  plan: { id: number } | null;
  states: ReadonlyMap<ChapterKey, ChapterState>;
  coversOf: (template: { stageTemplateId: number; code: string }) => ChapterKey[];
};

/** Coverage that names no chapter, for answers that carry only a deliverable's `can`. */
export const NO_COVERAGE: Coverage = { plan: null, states: new Map(), coversOf: () => [] };

export async function loadCoverage(
  db: Db,
  opts: { actor: Actor | null; regionCode: string; stageTemplateIds: readonly number[] },
): Promise<Coverage> {
  const ids = [...new Set(opts.stageTemplateIds)];
  const templates = ids.length
    ? await db
        .select({
          stageTemplateId: deliverableTemplate.stageTemplateId,
          code: deliverableTemplate.code,
          covers: deliverableTemplate.covers,
        })
        .from(deliverableTemplate)
        .where(inArray(deliverableTemplate.stageTemplateId, ids))
    : [];
  const plan = await currentMasterplan(db, opts.regionCode, opts.actor);
  const states = new Map(plan ? (await planChapters(db, plan)).chapters.map((c) => [c.key, c] as const) : []);
  return {
    plan: plan ? { id: plan.id } : null,
    states,
    coversOf: (t) => [
      ...(templates.find((x) => x.stageTemplateId === t.stageTemplateId && x.code === t.code)?.covers ?? []),
    ],
  };
}
