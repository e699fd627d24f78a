import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../server/db/client";

/**
 * Hand-written SQL doing the database work of each measured endpoint, run in the same
 * process on the same connection(s), concurrently where the service runs its queries
 * concurrently. What the API adds on top — session lookup, scoped loading, validation,
 * aggregation in TypeScript, serialisation and Fastify — is what the ratio shows.
 */

const table = (where: SQL) => sql`
  select er.*, rd.year, rd.tahap, r.name as region_name, r.type as region_type, pv.name as province_name,
    (select string_agg(c.name, ', ' order by c.year) from candidate ca join cohort c on c.id = ca.cohort_id
      where ca.region_code = er.region_code and ca.status = 'selected') as cohort_name
  from evaluation_result er
  join evaluation_round rd on rd.id = er.round_id
  join region r on r.code = er.region_code
  join region pv on pv.code = er.province_code
  where rd.status = 'published' and ${where}`;

/** One page of the national table and its total, as the service asks for them. */
export function rawNationalTable(db: Db, q: { year: number; province?: string; pageSize: number }) {
  const where = q.province
    ? sql`rd.year = ${q.year}::int and er.province_code = ${q.province}`
    : sql`rd.year = ${q.year}::int`;
  return Promise.all([
    db.execute(sql`${table(where)}
      order by rd.year desc, rd.tahap desc, er.national_rank asc nulls last, er.region_code
      limit ${q.pageSize}::int offset 0`),
    db.execute(sql`select count(*)::int as n from evaluation_result er
      join evaluation_round rd on rd.id = er.round_id where rd.status = 'published' and ${where}`),
  ]);
}

/** A region's stored result with the participant counts of its round and province. */
export async function rawResult(db: Db, evaluationId: number) {
  await db.execute(sql`select e.*, rd.* from evaluation e join evaluation_round rd on rd.id = e.round_id
    where e.id = ${evaluationId}::int`);
  const [rows] = await Promise.all([
    db.execute(table(sql`er.evaluation_id = ${evaluationId}::int`)),
    db.execute(sql`select count(*) from evaluation_result where round_id =
      (select round_id from evaluation where id = ${evaluationId}::int)`),
    db.execute(sql`select count(*) from evaluation_result x join evaluation_result me
      on me.evaluation_id = ${evaluationId}::int and x.round_id = me.round_id and x.province_code = me.province_code`),
  ]);
  return rows;
}

/** The programs of one dimension of the region's enacted plan with the year's progress, targets and verified values. */
export async function rawDimensionDrill(db: Db, q: { regionCode: string; dimension: string; year: number }) {
  const plan = sql`(select id from masterplan where region_code = ${q.regionCode} and status in ('enacted', 'approved')
    order by status = 'enacted' desc, id desc limit 1)`;
  const programs = sql`(select id from program where masterplan_id = ${plan} and dimension_code = ${q.dimension})`;
  const links = sql`(select id from program_indicator where program_id in ${programs})`;
  return Promise.all([
    db.execute(
      sql`select * from program where masterplan_id = ${plan} and dimension_code = ${q.dimension} order by code`,
    ),
    db.execute(sql`select * from program_progress where program_id in ${programs} and year = ${q.year}::int`),
    db.execute(sql`select pi.*, i.* from program_indicator pi join indicator i on i.id = pi.indicator_id
      where pi.program_id in ${programs} order by i.code`),
    db.execute(sql`select * from indicator_target where program_indicator_id in ${links} and year = ${q.year}::int`),
    db.execute(sql`select * from observation where program_indicator_id in ${links} and year = ${q.year}::int
      and status = 'verified'`),
  ]);
}

/**
 * The nine queries of the region monitoring summary, written by hand and run concurrently;
 * eight as the service writes them, the overdue one as it could be (see there).
 */
export function rawMonitoringSummary(
  db: Db,
  q: { planId: number; frameworkId: number; periodStart: number; year: number; lastPassed: number },
) {
  const { planId, year, lastPassed: last } = q;
  return Promise.all([
    db.execute(sql`select d.*, e.* from dimension d left join element e on e.dimension_id = d.id
      where d.framework_id = ${q.frameworkId}::int order by d."order", e."order"`),
    db.execute(sql`
      select p.dimension_code, e.status, count(*)::int as n, coalesce(sum(e.physical_progress), 0)::float8,
             count(e.physical_progress)::int
      from program p
      left join lateral (
        select pp.status, pp.physical_progress from program_progress pp
        where pp.program_id = p.id
          and (pp.year = ${year}::int or (pp.year < ${year}::int and pp.status in ('done', 'cancelled')))
        order by pp.year desc limit 1
      ) e on true
      where p.masterplan_id = ${planId}::int and ${year}::int between p.start_year and p.end_year
      group by 1, 2`),
    db.execute(sql`select b.year, sum(b.amount)::float8 from program_budget b join program p on p.id = b.program_id
      where p.masterplan_id = ${planId}::int group by b.year`),
    db.execute(sql`select pp.year, coalesce(sum(pp.budget_allocated), 0)::float8, coalesce(sum(pp.budget_realised), 0)::float8
      from program_progress pp join program p on p.id = pp.program_id where p.masterplan_id = ${planId}::int group by pp.year`),
    db.execute(sql`select pi.id, p.id, p.code, p.owner_opd_id, p.dimension_code, i.code, i.name, i.direction
      from program_indicator pi join program p on p.id = pi.program_id join indicator i on i.id = pi.indicator_id
      where p.masterplan_id = ${planId}::int order by p.code, i.code`),
    db.execute(sql`select t.program_indicator_id, t.year, t.value from indicator_target t
      join program_indicator pi on pi.id = t.program_indicator_id join program p on p.id = pi.program_id
      where p.masterplan_id = ${planId}::int`),
    db.execute(sql`select o.program_indicator_id, o.year, o.semester, o.value, o.status from observation o
      join program_indicator pi on pi.id = o.program_indicator_id join program p on p.id = pi.program_id
      where p.masterplan_id = ${planId}::int and o.status <> 'returned'`),
    db.execute(sql`select q.id, q.program_id, p.code, q.target, q.year, q.owner_opd_id, qp.status, qp.physical_progress
      from quick_win q join program p on p.id = q.program_id
      left join quick_win_progress qp on qp.quick_win_id = q.id and qp.year =
        (select max(q2.year) from quick_win_progress q2 where q2.quick_win_id = q.id and q2.year <= ${year}::int)
      where q.masterplan_id = ${planId}::int order by q.year, q.id`),
    // Overdue progress: the per-program progress is read once through the
    // (program_id, year) index instead of two NOT EXISTS anti-joins over a generate_series
    // the planner guesses at 1,000 rows (which make it hash all of program_progress).
    db.execute(sql`
      select p.id, p.code, p.name, p.owner_opd_id, y.year::int
      from program p
      cross join lateral (
        select coalesce(array_agg(pp.year), '{}') as years,
               min(pp.year) filter (where pp.status in ('done', 'cancelled')) as closed
        from program_progress pp where pp.program_id = p.id) e
      cross join lateral generate_series(greatest(p.start_year, ${q.periodStart}::int),
                                         least(p.end_year, ${last}::int)) as y(year)
      where p.masterplan_id = ${planId}::int and y.year <> all(e.years) and (e.closed is null or e.closed >= y.year)
      order by y.year, p.code`),
  ]);
}
