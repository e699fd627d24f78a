import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { RealisationStatus } from "../../../domain/monitoring";
import { type PageQuery, pageOffset } from "../../../domain/pagination";
import type { Db } from "../../db/client";
import {
  indicator,
  masterplan,
  observation,
  program,
  programIndicator,
  quickWin,
  quickWinProgress,
} from "../../db/schema/index";

export type RealisationQueueFilter = {
  status?: RealisationStatus;
  year?: number;
  opdId?: number;
  dimensionCode?: string;
};

/**
 * A page of a plan's realisations with their program and indicator, newest change first:
 * the coordinator's verification queue (`status=entered`), or an OPD's own list (`opdId`).
 */
export async function listPlanRealisations(
  db: Db,
  opts: { planId: number; filter: RealisationQueueFilter; page: PageQuery },
) {
  const f = opts.filter;
  const where = and(
    eq(program.masterplanId, opts.planId),
    f.status ? eq(observation.status, f.status) : undefined,
    f.year ? eq(observation.year, f.year) : undefined,
    f.opdId ? eq(program.ownerOpdId, f.opdId) : undefined,
    f.dimensionCode ? eq(program.dimensionCode, f.dimensionCode) : undefined,
  );
  const base = () =>
    db
      .select({ realisation: observation, program, indicator, plan: masterplan })
      .from(observation)
      .innerJoin(programIndicator, eq(programIndicator.id, observation.programIndicatorId))
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .innerJoin(masterplan, eq(masterplan.id, program.masterplanId))
      .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId));
  const [rows, [total]] = await Promise.all([
    base()
      .where(where)
      .orderBy(desc(observation.updatedAt), desc(observation.id))
      .limit(opts.page.pageSize)
      .offset(pageOffset(opts.page)),
    db
      .select({ n: count() })
      .from(observation)
      .innerJoin(programIndicator, eq(programIndicator.id, observation.programIndicatorId))
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** A page of a plan's program indicators (ids in program-code order), filtered by dimension, program or OPD. */
export async function pagePlanIndicators(
  db: Db,
  opts: { planId: number; filter: { dimensionCode?: string; programId?: number; opdId?: number }; page: PageQuery },
) {
  const f = opts.filter;
  const conditions: Array<SQL | undefined> = [
    eq(program.masterplanId, opts.planId),
    f.dimensionCode ? eq(program.dimensionCode, f.dimensionCode) : undefined,
    f.programId ? eq(program.id, f.programId) : undefined,
    f.opdId ? eq(program.ownerOpdId, f.opdId) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ programId: program.id })
      .from(programIndicator)
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
      .where(where)
      .groupBy(program.id, program.code)
      .orderBy(asc(program.code))
      .limit(opts.page.pageSize)
      .offset(pageOffset(opts.page)),
    db
      .select({ n: sql<number>`count(distinct ${program.id})::int`.mapWith(Number) })
      .from(programIndicator)
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .where(where),
  ]);
  const ids = rows.map((r) => r.programId);
  const programs = ids.length
    ? await db.select().from(program).where(inArray(program.id, ids)).orderBy(asc(program.code))
    : [];
  return { programs, total: total?.n ?? 0 };
}

/** A plan's quick wins with their program code and every progress entry. */
export async function listPlanQuickWins(db: Db, planId: number) {
  const rows = await db
    .select({ quickWin, programCode: program.code })
    .from(quickWin)
    .innerJoin(program, eq(program.id, quickWin.programId))
    .where(eq(quickWin.masterplanId, planId))
    .orderBy(asc(quickWin.year), asc(quickWin.id));
  const ids = rows.map((r) => r.quickWin.id);
  const progress = ids.length
    ? await db
        .select()
        .from(quickWinProgress)
        .where(inArray(quickWinProgress.quickWinId, ids))
        .orderBy(asc(quickWinProgress.year))
    : [];
  return rows.map((r) => ({ ...r, progress: progress.filter((p) => p.quickWinId === r.quickWin.id) }));
}
