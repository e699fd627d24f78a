import { and, eq, inArray } from "drizzle-orm";
import { programYearProblems, type Term } from "../../../domain/masterplan";
import type { ProgramCreate } from "../../../domain/masterplan-api";
import type { Db } from "../../db/client";
import { opd, programActionStep, programBudget } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { PlanRow } from "./load";
import { planFramework } from "./plan-facts";

type ProgramShape = {
  dimensionCode: string;
  elementCode: string;
  ownerOpdId: number | null;
  supportingOpdIds: number[];
  term: Term;
  startYear: number;
  endYear: number;
};

type Dimensions = Awaited<ReturnType<typeof planFramework>>;

/**
 * The rules of a program against its plan, without the database: the dimension and element
 * exist in the plan's framework, the years lie in the period with a matching term.
 */
export function programPlanIssues(
  dims: Dimensions,
  plan: Pick<PlanRow, "periodStart" | "periodEnd">,
  p: Pick<ProgramShape, "dimensionCode" | "elementCode" | "term" | "startYear" | "endYear">,
): Array<{ field: string; message: string }> {
  const issues: Array<{ field: string; message: string }> = [];
  const dim = dims.find((d) => d.code === p.dimensionCode);
  if (!dim) issues.push({ field: "dimensionCode", message: "Dimensi tidak ada dalam kerangka masterplan ini" });
  else if (!dim.elements.some((e) => e.code === p.elementCode))
    issues.push({ field: "elementCode", message: `Elemen tidak termasuk dimensi ${dim.nameId}` });
  issues.push(...programYearProblems(p, plan));
  return issues;
}

/** OPD ids that are not OPD of the region. */
export async function foreignOpdIds(db: Db, regionCode: string, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await db
    .select({ id: opd.id })
    .from(opd)
    .where(and(inArray(opd.id, unique), eq(opd.regionCode, regionCode)));
  const ok = new Set(found.map((f) => f.id));
  return unique.filter((id) => !ok.has(id));
}

/**
 * What the body alone cannot check: the dimension and element exist in the plan's framework,
 * the years lie in the period with a matching term, and every OPD belongs to the region.
 * Any problem is a 422 with the field paths of the body.
 */
export async function checkProgram(db: Db, plan: PlanRow, p: ProgramShape): Promise<void> {
  const issues = programPlanIssues(await planFramework(db, plan), plan, p).map((i) => ({
    path: `body.${i.field}`,
    message: i.message,
  }));
  const foreign = await foreignOpdIds(db, plan.regionCode, [
    ...(p.ownerOpdId === null ? [] : [p.ownerOpdId]),
    ...p.supportingOpdIds,
  ]);
  if (p.ownerOpdId !== null && foreign.includes(p.ownerOpdId))
    issues.push({ path: "body.ownerOpdId", message: "OPD penanggung jawab bukan OPD wilayah ini" });
  p.supportingOpdIds.forEach((id, i) => {
    if (foreign.includes(id))
      issues.push({ path: `body.supportingOpdIds.${i}`, message: "OPD pendukung bukan OPD wilayah ini" });
  });
  if (issues.length) throw new AppError("validation_failed", { issues });
}

/** Replaces a program's budget lines and action steps with the given ones (absent arrays are kept). */
export async function replaceChildren(
  tx: Db,
  programId: number,
  p: { budgets?: ProgramCreate["budgets"]; actionPlan?: ProgramCreate["actionPlan"] },
) {
  if (p.budgets) {
    await tx.delete(programBudget).where(eq(programBudget.programId, programId));
    if (p.budgets.length) await tx.insert(programBudget).values(p.budgets.map((b) => ({ ...b, programId })));
  }
  if (p.actionPlan) {
    await tx.delete(programActionStep).where(eq(programActionStep.programId, programId));
    if (p.actionPlan.length)
      await tx
        .insert(programActionStep)
        .values(p.actionPlan.map((s, order) => ({ programId, year: s.year, step: s.step, order })));
  }
}

/** The fields of a program kept in the audit trail. */
export const auditFields = (
  p: ProgramShape & {
    name: string;
    budgets?: unknown;
    actionPlan?: unknown;
    apbdCode?: string | null;
    priority?: number;
  },
) => ({
  name: p.name,
  dimensionCode: p.dimensionCode,
  elementCode: p.elementCode,
  ownerOpdId: p.ownerOpdId,
  supportingOpdIds: p.supportingOpdIds,
  term: p.term,
  startYear: p.startYear,
  endYear: p.endYear,
  apbdCode: p.apbdCode ?? null,
  priority: p.priority,
  budgets: p.budgets,
  actionPlan: p.actionPlan,
});
