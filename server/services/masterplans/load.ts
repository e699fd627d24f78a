import { and, asc, desc, eq, inArray, notExists, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Actor, visibleRegions } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { readAll } from "../../db/read-all";
import { governanceBody, masterplan, program, programActionStep, programBudget, quickWin } from "../../db/schema/index";
import { AppError } from "../../errors";

/** Limits a query to plans of the regions the actor can see (members, mentors; all for the admin). */
export function planScope(actor: Actor | null): SQL | undefined {
  const regions = visibleRegions(actor);
  if (regions === "all") return undefined;
  return regions.length ? inArray(masterplan.regionCode, regions) : eq(masterplan.regionCode, "__none__");
}

export type PlanRow = typeof masterplan.$inferSelect;

/** One plan inside the actor's regions: another region's plan is simply not found. */
export async function loadMasterplan(db: Db, id: number, actor: Actor | null): Promise<PlanRow> {
  const [row] = await db
    .select()
    .from(masterplan)
    .where(and(eq(masterplan.id, id), planScope(actor)));
  if (!row) throw new AppError("masterplan_not_found", { id });
  return row;
}

/**
 * The region's current plan as the actor may see it: the newest one that no revision
 * replaced (a revision in progress is current, the enacted plan it revises is not); null
 * when there is none.
 */
export async function currentMasterplan(db: Db, regionCode: string, actor: Actor | null): Promise<PlanRow | null> {
  const successor = alias(masterplan, "successor");
  const [row] = await db
    .select()
    .from(masterplan)
    .where(
      and(
        eq(masterplan.regionCode, regionCode),
        planScope(actor),
        notExists(db.select({ id: successor.id }).from(successor).where(eq(successor.previousId, masterplan.id))),
      ),
    )
    .orderBy(desc(masterplan.id))
    .limit(1);
  return row ?? null;
}

export type ProgramRow = typeof program.$inferSelect & {
  budgets: Array<{ year: number; source: (typeof programBudget.$inferSelect)["source"]; amount: number }>;
  actionPlan: Array<{ year: number; step: string }>;
};

/** Budgets and action steps of programs, attached in two queries whatever the number of programs. */
export async function withChildren(db: Db, rows: Array<typeof program.$inferSelect>): Promise<ProgramRow[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [budgets, steps] = await readAll(db, [
    db
      .select()
      .from(programBudget)
      .where(inArray(programBudget.programId, ids))
      .orderBy(asc(programBudget.year), asc(programBudget.source)),
    db
      .select()
      .from(programActionStep)
      .where(inArray(programActionStep.programId, ids))
      .orderBy(asc(programActionStep.order)),
  ]);
  return rows.map((r) => ({
    ...r,
    budgets: budgets.filter((b) => b.programId === r.id).map(({ year, source, amount }) => ({ year, source, amount })),
    actionPlan: steps.filter((s) => s.programId === r.id).map(({ year, step }) => ({ year, step })),
  }));
}

/** A program with its plan, budgets and action plan, inside the actor's regions. */
export async function loadProgram(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ program, plan: masterplan })
    .from(program)
    .innerJoin(masterplan, eq(masterplan.id, program.masterplanId))
    .where(and(eq(program.id, id), planScope(actor)));
  if (!row) throw new AppError("program_not_found", { id });
  const [full] = await withChildren(db, [row.program]);
  return { program: full as ProgramRow, plan: row.plan };
}
export type LoadedProgram = Awaited<ReturnType<typeof loadProgram>>;

/** A quick win with its plan, inside the actor's regions. */
export async function loadQuickWin(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ quickWin, plan: masterplan })
    .from(quickWin)
    .innerJoin(masterplan, eq(masterplan.id, quickWin.masterplanId))
    .where(and(eq(quickWin.id, id), planScope(actor)));
  if (!row) throw new AppError("quick_win_not_found", { id });
  return row;
}
export type LoadedQuickWin = Awaited<ReturnType<typeof loadQuickWin>>;

/** A governance body with its plan, inside the actor's regions. */
export async function loadGovernanceBody(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ body: governanceBody, plan: masterplan })
    .from(governanceBody)
    .innerJoin(masterplan, eq(masterplan.id, governanceBody.masterplanId))
    .where(and(eq(governanceBody.id, id), planScope(actor)));
  if (!row) throw new AppError("governance_body_not_found", { id });
  return row;
}
export type LoadedGovernanceBody = Awaited<ReturnType<typeof loadGovernanceBody>>;

/** Holds the plan row (shared) for the rest of the transaction and refuses when it is no longer a draft: a submission waits for edits in flight. */
export async function lockDraftPlan(tx: Db, id: number): Promise<PlanRow> {
  const [row] = await tx.select().from(masterplan).where(eq(masterplan.id, id)).for("share");
  if (!row) throw new AppError("masterplan_not_found", { id });
  if (row.status !== "draft") throw new AppError("masterplan_locked", { status: row.status });
  return row;
}
