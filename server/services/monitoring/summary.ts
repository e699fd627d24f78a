import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { PeriodValue, ProgressStatus } from "../../../domain/monitoring";
import { yearValue } from "../../../domain/monitoring";
import {
  indicatorAggregates,
  type MonitoringSummaryOut,
  type SeriesInput,
  statusCounts,
} from "../../../domain/monitoring-summary";
import type { Db } from "../../db/client";
import {
  indicator,
  indicatorTarget,
  observation,
  program,
  programBudget,
  programIndicator,
  programProgress,
  quickWin,
  quickWinProgress,
} from "../../db/schema/index";
import { planFramework } from "../masterplans/plan-facts";
import type { PlanRow } from "./load";

const OVERDUE_ITEMS = 50;
const int = (v: unknown) => Number(v ?? 0);

/** The summary year: the one asked for, else the current year kept inside the plan period. */
export function summaryYear(plan: PlanRow, asked: number | undefined, today: Date) {
  const y = asked ?? today.getUTCFullYear();
  return Math.min(plan.periodEnd, Math.max(plan.periodStart, y));
}

/** Every program indicator of the plan with its targets and counting values, in three queries. */
export async function planSeries(db: Db, planId: number) {
  const [links, targets, values] = await Promise.all([
    db
      .select({
        id: programIndicator.id,
        programId: program.id,
        programCode: program.code,
        ownerOpdId: program.ownerOpdId,
        dimensionCode: program.dimensionCode,
        indicatorCode: indicator.code,
        indicatorName: indicator.name,
        direction: indicator.direction,
      })
      .from(programIndicator)
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
      .where(eq(program.masterplanId, planId))
      .orderBy(asc(program.code), asc(indicator.code)),
    db
      .select({ id: indicatorTarget.programIndicatorId, year: indicatorTarget.year, value: indicatorTarget.value })
      .from(indicatorTarget)
      .innerJoin(programIndicator, eq(programIndicator.id, indicatorTarget.programIndicatorId))
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .where(eq(program.masterplanId, planId)),
    db
      .select({
        id: observation.programIndicatorId,
        year: observation.year,
        semester: observation.semester,
        value: observation.value,
        status: observation.status,
      })
      .from(observation)
      .innerJoin(programIndicator, eq(programIndicator.id, observation.programIndicatorId))
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .where(and(eq(program.masterplanId, planId), ne(observation.status, "returned"))),
  ]);
  const targetsOf = new Map<number, Map<number, number>>();
  for (const t of targets) targetsOf.set(t.id, (targetsOf.get(t.id) ?? new Map()).set(t.year, t.value));
  const valuesOf = new Map<number, PeriodValue[]>();
  for (const v of values) valuesOf.set(v.id, [...(valuesOf.get(v.id) ?? []), v]);
  return links.map((l) => ({
    ...l,
    targets: targetsOf.get(l.id) ?? new Map<number, number>(),
    values: valuesOf.get(l.id) ?? [],
  }));
}

/**
 * The region monitoring dashboard of one plan in a handful of aggregate queries: progress by
 * dimension for a year, budget by year, indicators against targets with achievement and light,
 * quick wins, and what is overdue (a passed year of a running program without an entry).
 */
export async function monitoringSummary(
  db: Db,
  opts: { plan: PlanRow; year?: number; today: Date },
): Promise<MonitoringSummaryOut> {
  const { plan, today } = opts;
  const year = summaryYear(plan, opts.year, today);
  const lastPassed = Math.min(plan.periodEnd, today.getUTCFullYear() - 1);
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i);
  const inPlan = eq(program.masterplanId, plan.id);

  const [dims, progressRows, planned, reported, series, quickWins, overdueProgress] = await Promise.all([
    planFramework(db, plan),
    db.execute(sql`
      select p.dimension_code as "dimensionCode", e.status, count(*)::int as n,
             coalesce(sum(e.physical_progress), 0)::float8 as "physicalSum",
             count(e.physical_progress)::int as "physicalN"
      from program p
      left join lateral (
        select pp.status, pp.physical_progress from program_progress pp
        where pp.program_id = p.id
          and (pp.year = ${year}::int or (pp.year < ${year}::int and pp.status in ('done', 'cancelled')))
        order by pp.year desc limit 1
      ) e on true
      where p.masterplan_id = ${plan.id} and ${year}::int between p.start_year and p.end_year
      group by 1, 2`),
    db
      .select({ year: programBudget.year, amount: sql<number>`sum(${programBudget.amount})::float8`.mapWith(Number) })
      .from(programBudget)
      .innerJoin(program, eq(program.id, programBudget.programId))
      .where(inPlan)
      .groupBy(programBudget.year),
    db
      .select({
        year: programProgress.year,
        allocated: sql<number>`coalesce(sum(${programProgress.budgetAllocated}), 0)::float8`.mapWith(Number),
        realised: sql<number>`coalesce(sum(${programProgress.budgetRealised}), 0)::float8`.mapWith(Number),
      })
      .from(programProgress)
      .innerJoin(program, eq(program.id, programProgress.programId))
      .where(inPlan)
      .groupBy(programProgress.year),
    planSeries(db, plan.id),
    db
      .select({
        id: quickWin.id,
        programId: quickWin.programId,
        programCode: program.code,
        target: quickWin.target,
        year: quickWin.year,
        ownerOpdId: quickWin.ownerOpdId,
        status: quickWinProgress.status,
        physicalProgress: quickWinProgress.physicalProgress,
      })
      .from(quickWin)
      .innerJoin(program, eq(program.id, quickWin.programId))
      .leftJoin(
        quickWinProgress,
        and(
          eq(quickWinProgress.quickWinId, quickWin.id),
          sql`${quickWinProgress.year} = (select max(q2.year) from quick_win_progress q2 where q2.quick_win_id = ${quickWin.id} and q2.year <= ${year})`,
        ),
      )
      .where(eq(quickWin.masterplanId, plan.id))
      .orderBy(asc(quickWin.year), asc(quickWin.id)),
    // Each program's entries are read once (years reported, first year closed); anti-joins over
    // generate_series made the planner expect 1,000 years per program and scan all progress rows.
    db.execute(sql`
      select p.id as "programId", p.code as "programCode", p.name as "programName",
             p.owner_opd_id as "ownerOpdId", y.year::int as year
      from program p
      cross join lateral (
        select coalesce(array_agg(pp.year), '{}') as years,
               min(pp.year) filter (where pp.status in ('done', 'cancelled')) as closed
        from program_progress pp where pp.program_id = p.id) e
      cross join lateral generate_series(greatest(p.start_year, ${plan.periodStart}::int),
                                         least(p.end_year, ${lastPassed}::int)) as y(year)
      where p.masterplan_id = ${plan.id}
        and y.year <> all(e.years)
        and (e.closed is null or e.closed >= y.year)
      order by y.year, p.code`),
  ]);

  type ProgressRow = {
    dimensionCode: string;
    status: ProgressStatus | null;
    n: number;
    physicalSum: number;
    physicalN: number;
  };
  const byDim = new Map<string, ProgressRow[]>();
  for (const raw of (progressRows as unknown as { rows: ProgressRow[] }).rows) {
    const r = { ...raw, n: int(raw.n), physicalSum: int(raw.physicalSum), physicalN: int(raw.physicalN) };
    byDim.set(r.dimensionCode, [...(byDim.get(r.dimensionCode) ?? []), r]);
  }
  const inputs: SeriesInput[] = series.map((s) => ({
    direction: s.direction,
    dimensionCode: s.dimensionCode,
    targets: s.targets,
    values: s.values,
  }));
  const agg = indicatorAggregates(inputs, years, year);
  const overdueRealisations = series.flatMap((s) =>
    [...s.targets.keys()]
      .filter((y) => y <= lastPassed && y >= plan.periodStart && !yearValue(s.values, y))
      .sort((a, b) => a - b)
      .map((y) => ({
        programIndicatorId: s.id,
        programId: s.programId,
        programCode: s.programCode,
        indicatorCode: s.indicatorCode,
        indicatorName: s.indicatorName,
        ownerOpdId: s.ownerOpdId,
        year: y,
      })),
  );
  overdueRealisations.sort((a, b) => a.year - b.year || a.programCode.localeCompare(b.programCode));
  const overdueRows = (overdueProgress as unknown as { rows: MonitoringSummaryOut["overdue"]["progress"]["items"] })
    .rows;

  return {
    masterplanId: plan.id,
    regionCode: plan.regionCode,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    year,
    asOf: today.toISOString().slice(0, 10),
    dimensions: dims.map((d) => ({ code: d.code, nameId: d.nameId, nameEn: d.nameEn })),
    progressByDimension: dims.map((d) => {
      const rows = byDim.get(d.code) ?? [];
      const n = rows.reduce((s, r) => s + r.physicalN, 0);
      return {
        dimensionCode: d.code,
        programs: rows.reduce((s, r) => s + r.n, 0),
        counts: statusCounts(rows),
        meanPhysicalProgress: n ? Math.round((rows.reduce((s, r) => s + r.physicalSum, 0) / n) * 100) / 100 : null,
      };
    }),
    budgetByYear: years.map((y) => ({
      year: y,
      planned: int(planned.find((p) => p.year === y)?.amount),
      allocated: int(reported.find((r) => r.year === y)?.allocated),
      realised: int(reported.find((r) => r.year === y)?.realised),
    })),
    indicatorsByYear: agg.byYear,
    indicatorsByDimension: agg.byDimension,
    quickWins: {
      counts: statusCounts(quickWins.map((q) => ({ status: q.status, n: 1 }))),
      items: quickWins,
    },
    overdue: {
      progress: {
        total: overdueRows.length,
        items: overdueRows.slice(0, OVERDUE_ITEMS).map((r) => ({ ...r, year: int(r.year) })),
      },
      realisations: { total: overdueRealisations.length, items: overdueRealisations.slice(0, OVERDUE_ITEMS) },
    },
  };
}
