import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import {
  indicator,
  masterplan,
  observation,
  program,
  programIndicator,
  programProgress,
  quickWin,
  quickWinProgress,
} from "../../db/schema/index";
import { AppError } from "../../errors";
import type { MonitoredRes, RealisationRes } from "../../policies/monitoring";
import { planScope } from "../masterplans/load";

export type PlanRow = typeof masterplan.$inferSelect;
export type ProgramBase = typeof program.$inferSelect;
export type IndicatorRow = typeof indicator.$inferSelect;
export type ProgramIndicatorRow = typeof programIndicator.$inferSelect;
export type ObservationRow = typeof observation.$inferSelect;

/** The facts the monitoring rules need about a program or quick win. */
export const monitoredRes = (plan: PlanRow, ownerOpdId: number | null): MonitoredRes => ({
  regionCode: plan.regionCode,
  status: plan.status,
  ownerOpdId,
});
export const realisationRes = (plan: PlanRow, ownerOpdId: number | null, o: ObservationRow): RealisationRes => ({
  ...monitoredRes(plan, ownerOpdId),
  realisationStatus: o.status,
});

/** A program with its plan, inside the actor's regions (another region's is not found). */
export async function loadMonitoredProgram(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ program, plan: masterplan })
    .from(program)
    .innerJoin(masterplan, eq(masterplan.id, program.masterplanId))
    .where(and(eq(program.id, id), planScope(actor)));
  if (!row) throw new AppError("program_not_found", { id });
  return row;
}

/** A program indicator with its program, plan and indicator, inside the actor's regions. */
export async function loadProgramIndicator(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ link: programIndicator, program, plan: masterplan, indicator })
    .from(programIndicator)
    .innerJoin(program, eq(program.id, programIndicator.programId))
    .innerJoin(masterplan, eq(masterplan.id, program.masterplanId))
    .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
    .where(and(eq(programIndicator.id, id), planScope(actor)));
  if (!row) throw new AppError("program_indicator_not_found", { id });
  return row;
}
export type LoadedProgramIndicator = Awaited<ReturnType<typeof loadProgramIndicator>>;

/** A realisation with everything above it, inside the actor's regions. */
export async function loadRealisation(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ realisation: observation, link: programIndicator, program, plan: masterplan, indicator })
    .from(observation)
    .innerJoin(programIndicator, eq(programIndicator.id, observation.programIndicatorId))
    .innerJoin(program, eq(program.id, programIndicator.programId))
    .innerJoin(masterplan, eq(masterplan.id, program.masterplanId))
    .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
    .where(and(eq(observation.id, id), planScope(actor)));
  if (!row) throw new AppError("realisation_not_found", { id });
  return row;
}
export type LoadedRealisation = Awaited<ReturnType<typeof loadRealisation>>;

/** A program's or quick win's yearly progress entry with its plan and owner, inside the actor's regions. */
export async function loadProgressEntry(db: Db, kind: "program" | "quick_win", id: number, actor: Actor | null) {
  if (kind === "program") {
    const [row] = await db
      .select({ entry: programProgress, ownerOpdId: program.ownerOpdId, plan: masterplan })
      .from(programProgress)
      .innerJoin(program, eq(program.id, programProgress.programId))
      .innerJoin(masterplan, eq(masterplan.id, program.masterplanId))
      .where(and(eq(programProgress.id, id), planScope(actor)));
    if (!row) throw new AppError("progress_not_found", { id });
    return row;
  }
  const [row] = await db
    .select({ entry: quickWinProgress, ownerOpdId: quickWin.ownerOpdId, plan: masterplan })
    .from(quickWinProgress)
    .innerJoin(quickWin, eq(quickWin.id, quickWinProgress.quickWinId))
    .innerJoin(masterplan, eq(masterplan.id, quickWin.masterplanId))
    .where(and(eq(quickWinProgress.id, id), planScope(actor)));
  if (!row) throw new AppError("progress_not_found", { id });
  return row;
}

/** Refuses when the plan is not enacted (inside the transaction, holding it against a concurrent change). */
export async function lockEnactedPlan(tx: Db, id: number): Promise<PlanRow> {
  const [row] = await tx.select().from(masterplan).where(eq(masterplan.id, id)).for("share");
  if (!row) throw new AppError("masterplan_not_found", { id });
  if (row.status !== "enacted") throw new AppError("monitoring_not_open", { status: row.status });
  return row;
}
