import { asc, eq } from "drizzle-orm";
import type { FrameworkDetail } from "../../../domain/framework/schemas";
import { type BudgetLine, budgetByDimension, budgetBySource, budgetByYear, roadmap } from "../../../domain/masterplan";
import { type ChapterFacts, type ChapterState, chapterCompleteness } from "../../../domain/masterplan-chapters";
import { type Completeness, completeness, forewordMissing } from "../../../domain/masterplan-completeness";
import type { RoadmapOut } from "../../../domain/masterplan-responses";
import { richTextIsEmpty } from "../../../domain/rich-text";
import type { Db } from "../../db/client";
import { readAll } from "../../db/read-all";
import { governanceBody, masterplanSection, program, quickWin } from "../../db/schema/index";
import { getFramework } from "../frameworks/get-framework";
import { type PlanRow, withChildren } from "./load";

/** The plan's framework: dimensions in order with their elements. */
export async function planFramework(db: Db, plan: PlanRow) {
  const fw = await getFramework(db, plan.frameworkId);
  return fw.dimensions;
}

/**
 * What the completeness rules need, from a plan's records already read (the API reads them here,
 * the books from their PrintPlan): no query of its own.
 */
export function planFactsOf(r: {
  plan: Pick<PlanRow, "periodStart" | "periodEnd">;
  dimensions: ReadonlyArray<{ code: string; nameId: string; elements: ReadonlyArray<{ code: string }> }>;
  sections: ReadonlyArray<{ key: string; content: unknown }>;
  programs: ChapterFacts["programs"];
  quickWinCount: number;
  governanceKinds: readonly string[];
  requiredBodies: ChapterFacts["requiredBodies"];
}): ChapterFacts {
  const vision = r.sections.find((s) => s.key === "vision")?.content as
    | { vision?: string; missions?: unknown[] }
    | undefined;
  const elementsWithStrategy = r.sections
    .filter((s) => s.key.startsWith("element:") && !richTextIsEmpty((s.content as { strategy?: string }).strategy))
    .map((s) => s.key.slice("element:".length));
  return {
    periodStart: r.plan.periodStart,
    periodEnd: r.plan.periodEnd,
    dimensions: r.dimensions.map((d) => ({
      code: d.code,
      nameId: d.nameId,
      elementCodes: d.elements.map((e) => e.code),
    })),
    vision: vision?.vision ?? null,
    missionCount: vision?.missions?.length ?? 0,
    elementsWithStrategy,
    programs: r.programs,
    quickWinCount: r.quickWinCount,
    governanceKinds: r.governanceKinds,
    requiredBodies: r.requiredBodies,
    forewordMissing: forewordMissing(r.sections.find((s) => s.key === "foreword")?.content),
    sections: Object.fromEntries(
      r.sections.filter((s) => !s.key.startsWith("element:")).map((s) => [s.key, s.content]),
    ),
  };
}

/** What the completeness rules need, loaded from what is stored now, with the plan's framework. */
async function loadPlanFacts(db: Db, plan: PlanRow): Promise<{ facts: ChapterFacts; framework: FrameworkDetail }> {
  const [fw, sections, programs, quickWins, bodies] = await readAll(db, [
    () => getFramework(db, plan.frameworkId),
    db.select().from(masterplanSection).where(eq(masterplanSection.masterplanId, plan.id)),
    db.select().from(program).where(eq(program.masterplanId, plan.id)).orderBy(asc(program.id)),
    db.select({ id: quickWin.id }).from(quickWin).where(eq(quickWin.masterplanId, plan.id)),
    db.select({ kind: governanceBody.kind }).from(governanceBody).where(eq(governanceBody.masterplanId, plan.id)),
  ]);
  const facts = planFactsOf({
    plan,
    dimensions: fw.dimensions,
    sections,
    programs,
    quickWinCount: quickWins.length,
    governanceKinds: bodies.map((b) => b.kind),
    requiredBodies: fw.governanceBodies.filter((b) => b.required),
  });
  return { facts, framework: fw };
}

/** The completeness checklist of a plan, from what is stored now. */
export async function planCompleteness(db: Db, plan: PlanRow): Promise<Completeness> {
  return completeness((await loadPlanFacts(db, plan)).facts);
}

/** The checklist and the state of every chapter, with the plan's framework (for its Bimtek deliverables). */
export async function planChapters(
  db: Db,
  plan: PlanRow,
): Promise<{ check: Completeness; chapters: ChapterState[]; framework: FrameworkDetail }> {
  const { facts, framework } = await loadPlanFacts(db, plan);
  const check = completeness(facts);
  return { check, chapters: chapterCompleteness(facts, check), framework };
}

/** The peta jalan, derived from program years and budgets; nothing of it is stored. */
export async function planRoadmap(db: Db, plan: PlanRow): Promise<RoadmapOut> {
  const [dims, rows] = await readAll(db, [
    () => planFramework(db, plan),
    db.select().from(program).where(eq(program.masterplanId, plan.id)),
  ]);
  const programs = await withChildren(db, rows);
  const period = { periodStart: plan.periodStart, periodEnd: plan.periodEnd };
  const all: Array<{ budgets: BudgetLine[] }> = programs;
  const byYear = budgetByYear(all);
  return {
    ...period,
    dimensions: dims.map((d) => ({ code: d.code, nameId: d.nameId, nameEn: d.nameEn })),
    cells: roadmap(
      period,
      dims.map((d) => d.code),
      programs,
    ),
    totals: {
      byYear: Object.fromEntries(Object.entries(byYear).map(([y, v]) => [y, v])),
      byDimension: budgetByDimension(programs),
      bySource: budgetBySource(all),
      total: Object.values(byYear).reduce((s, v) => s + v, 0),
    },
  };
}
