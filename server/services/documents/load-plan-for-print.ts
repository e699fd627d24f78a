import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { governanceBody, masterplanSection, program, quickWin } from "../../db/schema/index";
import { fitInto } from "../../documents/image-size";
import type { FileStore } from "../../files/store";
import { getFramework } from "../frameworks/get-framework";
import { type PlanRow, type ProgramRow, withChildren } from "../masterplans/load";
import type { planFramework } from "../masterplans/plan-facts";
import { listOpds } from "../opds/list-opds";
import { getRegion } from "../regions/get-region";
import { readRegionEmblem } from "../regions/load-emblem";
import { type FigureFacts, loadFigureFacts } from "./load-figure-facts";
import { loadProgramIndicators, type PrintIndicator } from "./load-program-indicators";

export type PrintDimension = Awaited<ReturnType<typeof planFramework>>[number];

/** Everything the books print of one plan, read once. */
export type PrintPlan = {
  plan: PlanRow;
  region: { code: string; name: string; type: "provinsi" | "kabupaten" | "kota"; provinceName: string };
  dimensions: PrintDimension[];
  /** Stored chapter content by section key ("vision", "element:governance.pelayanan-publik", …). */
  sections: Record<string, Record<string, unknown>>;
  /** In framework order: dimension, element, then priority and code. */
  programs: ProgramRow[];
  opds: Map<number, { name: string; abbreviation: string }>;
  quickWins: Array<typeof quickWin.$inferSelect>;
  governanceBodies: Array<typeof governanceBody.$inferSelect>;
  /** The governance bodies the plan's framework requires (the submission checklist names them). */
  requiredBodies: Array<{ kind: string; nameId: string }>;
  /** Each program's indicators with baseline and yearly targets, by program id (absent: none). */
  indicators: Map<number, PrintIndicator[]>;
  /**
   * The region's emblem for the cover, sized in points to fit the cover's slot; null when the
   * region has none (or no file store was given), and the cover then leaves the slot out.
   */
  emblem: null | { data: Uint8Array; type: "png" | "jpg"; width: number; height: number };
  /** The region's readiness and latest published evaluation, for the books' figures. */
  facts: FigureFacts;
};

/** The emblem's slot on a cover: 4 cm wide, 4.5 cm high, in points. */
const EMBLEM_BOX = { width: 113.4, height: 127.6 };

/**
 * A whole plan for printing, in a fixed number of queries whatever its size: region, framework,
 * sections, programs (+ budgets and action steps), OPDs, quick wins and governance bodies; with
 * a file store, also the region's emblem.
 */
export async function loadPlanForPrint(db: Db, plan: PlanRow, store?: FileStore): Promise<PrintPlan> {
  const indicatorsLoaded = loadProgramIndicators(db, plan.id);
  // Awaited below; until then a failure must not count as unhandled when another query fails first.
  indicatorsLoaded.catch(() => undefined);
  const [region, framework, sections, programRows, opds, quickWins, governanceBodies, emblem, facts] =
    await Promise.all([
      getRegion(db, plan.regionCode),
      getFramework(db, plan.frameworkId),
      db.select().from(masterplanSection).where(eq(masterplanSection.masterplanId, plan.id)),
      db.select().from(program).where(eq(program.masterplanId, plan.id)),
      listOpds(db, { regionCode: plan.regionCode, includeInactive: true }),
      db
        .select()
        .from(quickWin)
        .where(eq(quickWin.masterplanId, plan.id))
        .orderBy(asc(quickWin.year), asc(quickWin.id)),
      db.select().from(governanceBody).where(eq(governanceBody.masterplanId, plan.id)).orderBy(asc(governanceBody.id)),
      store ? readRegionEmblem(db, store, plan.regionCode) : null,
      loadFigureFacts(db, plan),
    ]);
  const dimensions: PrintDimension[] = framework.dimensions;
  const rank = new Map<string, number>();
  dimensions.forEach((d, i) => {
    rank.set(d.code, i * 1000);
    d.elements.forEach((e, j) => {
      rank.set(e.code, i * 1000 + j + 1);
    });
  });
  const order = (p: typeof program.$inferSelect) => rank.get(p.elementCode) ?? rank.get(p.dimensionCode) ?? 1e9;
  programRows.sort((a, b) => order(a) - order(b) || a.priority - b.priority || a.id - b.id);
  return {
    plan,
    region: { code: region.code, name: region.name, type: region.type, provinceName: region.provinceName },
    dimensions,
    sections: Object.fromEntries(sections.map((s) => [s.key, s.content])),
    programs: await withChildren(db, programRows),
    opds: new Map(opds.map((o) => [o.id, { name: o.name, abbreviation: o.abbreviation }])),
    quickWins,
    governanceBodies,
    requiredBodies: framework.governanceBodies
      .filter((b) => b.required)
      .map((b) => ({ kind: b.kind, nameId: b.nameId })),
    indicators: await indicatorsLoaded,
    emblem: emblem ? { data: emblem.data, type: emblem.info.type, ...fitInto(emblem.info, EMBLEM_BOX) } : null,
    facts,
  };
}
