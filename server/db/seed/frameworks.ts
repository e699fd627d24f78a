import { and, eq, sql } from "drizzle-orm";
import type { FrameworkDef } from "../../../domain/framework/types";
import type { RequestContext } from "../../audit/record";
import { createFramework } from "../../services/frameworks/create-framework";
import { insertFrameworkContent } from "../../services/frameworks/framework-content";
import type { Db } from "../client";
import { deliverableTemplate, framework, stageTemplate } from "../schema/index";

const SEED: RequestContext = { actor: null, ip: null, userAgent: "kotacerdas (data acuan)", requestId: "seed" };

const findFramework = async (db: Db, def: FrameworkDef) =>
  (
    await db
      .select({ id: framework.id })
      .from(framework)
      .where(and(eq(framework.code, def.code), eq(framework.version, def.version)))
  )[0];

/**
 * Inserts a published framework version with its dimensions, elements, stages and deliverables
 * unless that code and version already exist. A published version is never rewritten:
 * changes come as a new version.
 */
export async function insertFrameworkIfMissing(db: Db, def: FrameworkDef, isDefault: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const existing = await findFramework(tx, def);
    if (existing) {
      await backfillCovers(tx, existing.id, def);
      return false;
    }
    const { dimensions: _d, stages: _s, ...fields } = def;
    const [fw] = await tx
      .insert(framework)
      .values({ ...fields, isDefault, status: "published" })
      .returning({ id: framework.id });
    if (!fw) throw new Error("framework insert returned nothing");
    await insertFrameworkContent(tx, fw.id, def);
    return true;
  });
}

/** A draft the program office edits from here on (the 2026 draft): created through the editor's service once, then left alone. */
export async function createDraftFrameworkIfMissing(db: Db, def: FrameworkDef): Promise<boolean> {
  if (await findFramework(db, def)) return false;
  await createFramework(db, { input: def, ctx: SEED });
  return true;
}

// Deliverables seeded before `covers` was stored have it empty: fill them from the definition, once.
async function backfillCovers(tx: Db, frameworkId: number, def: FrameworkDef) {
  for (const s of def.stages)
    for (const dl of s.deliverables) {
      if (dl.covers.length === 0) continue;
      await tx
        .update(deliverableTemplate)
        .set({ covers: [...dl.covers] })
        .where(
          and(
            eq(deliverableTemplate.code, dl.code),
            sql`${deliverableTemplate.covers} = '[]'::jsonb`,
            sql`${deliverableTemplate.stageTemplateId} in (select ${stageTemplate.id} from ${stageTemplate}
              where ${stageTemplate.frameworkId} = ${frameworkId} and ${stageTemplate.number} = ${s.number})`,
          ),
        );
    }
}
