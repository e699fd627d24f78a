import { and, asc, eq, sql } from "drizzle-orm";
import { progressProblems, yearProblem } from "../../../domain/monitoring";
import type { ProgressSave } from "../../../domain/monitoring-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { programProgress, quickWinProgress } from "../../db/schema/index";
import { AppError } from "../../errors";
import { lockEnactedPlan, type PlanRow } from "./load";

export type ProgressKind = "program" | "quick_win";
const table = { program: programProgress, quick_win: quickWinProgress } as const;
const owner = (kind: ProgressKind) => (kind === "program" ? programProgress.programId : quickWinProgress.quickWinId);

/** The yearly progress entries of a program or quick win, by year. */
export async function listProgress(db: Db, kind: ProgressKind, subjectId: number) {
  const t = table[kind];
  return db
    .select()
    .from(t)
    .where(eq(owner(kind), subjectId))
    .orderBy(asc(t.year));
}

/** The years a program (its start–end) or quick win (the plan period from its year) may be reported for. */
export function reportableYears(plan: PlanRow, span: { from: number; to: number }): number[] {
  const from = Math.max(plan.periodStart, span.from);
  const to = Math.min(plan.periodEnd, span.to);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * Saves a year's progress of a program or quick win: `version` 0 creates the entry (409 when
 * someone created it meanwhile), otherwise it must be the version last read (409 when stale).
 */
export async function saveProgress(
  db: Db,
  opts: {
    kind: ProgressKind;
    subjectId: number;
    plan: PlanRow;
    years: number[];
    year: number;
    input: ProgressSave;
    ctx: RequestContext;
  },
) {
  const { kind, plan, input } = opts;
  const { version, ...fields } = input;
  const issues = progressProblems(fields).map((p) => ({ path: `body.${p.field}`, message: p.message }));
  const yp = yearProblem(opts.year, plan);
  if (yp) issues.push({ path: "params.year", message: yp });
  else if (!opts.years.includes(opts.year))
    issues.push({
      path: "params.year",
      message: `Tahun ${opts.year} di luar tahun berjalan ${kind === "program" ? "program" : "quick win"} ini`,
    });
  if (issues.length) throw new AppError("validation_failed", { issues });
  const t = table[kind];
  const userId = opts.ctx.actor?.userId ?? null;
  return db
    .transaction(async (tx) => {
      await lockEnactedPlan(tx, plan.id);
      const [before] = await tx
        .select()
        .from(t)
        .where(and(eq(owner(kind), opts.subjectId), eq(t.year, opts.year)));
      let row: typeof before;
      if (version === 0) {
        if (before) throw new AppError("version_conflict", { currentVersion: before.version, current: before });
        const values = { ...fields, year: opts.year, enteredBy: userId };
        [row] =
          kind === "program"
            ? await tx
                .insert(programProgress)
                .values({ ...values, programId: opts.subjectId })
                .returning()
            : await tx
                .insert(quickWinProgress)
                .values({ ...values, quickWinId: opts.subjectId })
                .returning();
      } else {
        if (!before) throw new AppError("version_conflict", { currentVersion: 0, current: null });
        [row] = await tx
          .update(t)
          .set({ ...fields, enteredBy: userId, version: sql`${t.version} + 1`, updatedAt: new Date() })
          .where(and(eq(t.id, before.id), eq(t.version, version)))
          .returning();
        if (!row) throw new AppError("version_conflict", { currentVersion: before.version, current: before });
      }
      if (!row) throw new Error("progress save failed");
      await recordAudit(tx, opts.ctx, {
        action: `${kind}_progress.${before ? "updated" : "created"}`,
        entityType: `${kind}_progress`,
        entityId: row.id,
        regionCode: plan.regionCode,
        before: before ? auditOf(before) : null,
        after: auditOf(row),
      });
      return row;
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw new AppError("version_conflict", { currentVersion: null });
      throw err;
    });
}

const auditOf = (r: typeof programProgress.$inferSelect | typeof quickWinProgress.$inferSelect) => ({
  year: r.year,
  status: r.status,
  physicalProgress: r.physicalProgress,
  budgetAllocated: r.budgetAllocated,
  budgetRealised: r.budgetRealised,
  note: r.note,
});
