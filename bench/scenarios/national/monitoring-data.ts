import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../server/db/client";
import { dimension, element } from "../../../server/db/schema/index";

export const PERIOD_START = 2024;
export const PERIOD_END = 2033;
export const PROGRAMS_PER_PLAN = 150;
export const INDICATORS_PER_PLAN = 100;
const TITLE = "Masterplan Smart City 2024–2033 (bench nasional)";
// Integer constants of the statements below, inlined (untyped parameters confuse generate_series).
const n = (v: number) => sql.raw(String(Math.trunc(v)));

/** Four perangkat daerah per region that own the programs in turn. */
const OPDS = sql`(values
  ('Dinas Komunikasi dan Informatika', 'Diskominfo', 'dinas'),
  ('Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'badan'),
  ('Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR', 'dinas'),
  ('Dinas Penanaman Modal dan PTSP', 'DPMPTSP', 'dinas')) as o(name, abbreviation, kind)`;

export type NationalPlan = { id: number; regionCode: string };

/** The rows of a raw `db.execute` on either driver. */
export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Values as the parameter list of an IN (…). */
export const inList = (values: Array<string | number>) => sql.join(values, sql`, `);

/**
 * The monitoring side of the national dataset, built set-based (INSERT … SELECT over
 * generate_series, one statement per table): per region four OPDs and an enacted plan
 * 2024–2033 on the default framework with 150 programs spread round-robin over the
 * framework's 18 elements and the four OPDs, 10 years of progress and of APBD budget per
 * program, five quick wins with three years of progress, and 100 program indicators linked
 * to the national catalogue with a baseline, 10 yearly targets and 10 yearly realisations
 * (about two in three verified, one in fifty returned, the rest entered). Values follow the
 * indicator's direction so achievements spread over the traffic-light bands.
 */
export async function buildMonitoringData(db: Db, frameworkId: number, regionCodes: string[]) {
  const els = await db
    .select({ dim: dimension.code, code: element.code, name: element.nameId })
    .from(element)
    .innerJoin(dimension, eq(dimension.id, element.dimensionId))
    .where(eq(dimension.frameworkId, frameworkId))
    .orderBy(asc(dimension.order), asc(element.order));
  const elementValues = sql.join(
    els.map((e, k) => sql`(${k}::int, ${e.dim}, ${e.code}, ${e.name})`),
    sql`, `,
  );
  const codes = inList(regionCodes);

  await db.execute(sql`
    insert into opd (region_code, name, abbreviation, kind)
    select r.code, o.name, o.abbreviation, o.kind from region r cross join ${OPDS}
    where r.code in (${codes}) on conflict do nothing`);

  const made = await db.execute(sql`
    insert into masterplan (region_code, title, period_start, period_end, framework_id, status, perkada_number, perkada_date)
    select r.code, ${TITLE}, ${n(PERIOD_START)}, ${n(PERIOD_END)}, ${frameworkId}, 'enacted',
           'Perkada ' || r.code || '/2024', '2024-03-01'
    from region r where r.code in (${codes}) order by r.code
    returning id, region_code as "regionCode"`);
  const plans = rowsOf<NationalPlan>(made);
  const planIds = inList(plans.map((p) => p.id));
  const inPlans = sql`p.masterplan_id in (${planIds})`;

  // Codes are set here (P-01 … P-150, as the trigger would give them), so the trigger skips.
  await db.execute(sql`
    insert into program (masterplan_id, dimension_code, element_code, code, name, owner_opd_id,
                         term, start_year, end_year, priority, apbd_code)
    select m.id, el.dim, el.code, 'P-' || lpad(g::text, greatest(2, length(g::text)), '0'),
           el.name || ' — program ' || g, o.id, 'long', ${n(PERIOD_START)}, ${n(PERIOD_END)}, 1 + g % 3,
           '2.16.' || lpad(g::text, 3, '0')
    from masterplan m
    cross join generate_series(1, ${n(PROGRAMS_PER_PLAN)}) g
    join (values ${elementValues}) el(k, dim, code, name) on el.k = (g - 1) % ${n(els.length)}
    join (select id, region_code, row_number() over (partition by region_code order by id) - 1 as k
          from opd where region_code in (${codes})) o
      on o.region_code = m.region_code and o.k = g % 4
    where m.id in (${planIds})`);

  // Physical progress grows each year at a program-specific pace (5–54 points); at 100 % it is done.
  await db.execute(sql`
    insert into program_progress (program_id, year, status, physical_progress, budget_allocated, budget_realised, note)
    select p.id, y,
      case when x.pct >= 100 then 'done'
           when x.pct = 0 then 'not_started'
           when (p.id + y) % 7 = 0 then 'delayed'
           else 'on_track' end,
      x.pct, 1000000000 + (p.id % 10) * 100000000, (1000000000 + (p.id % 10) * 100000000) * x.pct / 100, ''
    from program p cross join generate_series(${n(PERIOD_START)}, ${n(PERIOD_END)}) y
    cross join lateral (select least(100, greatest(0, (y - ${n(PERIOD_START - 1)}) * (5 + abs(hashtext(p.masterplan_id || p.code)) % 50)
                                                   + abs(hashtext(p.code || p.masterplan_id)) % 10 - 8))::numeric(5,2) as pct) x
    where ${inPlans}`);

  await db.execute(sql`
    insert into program_budget (program_id, year, source, amount)
    select p.id, y, 'APBD', 1000000000 + (p.id % 10) * 100000000
    from program p cross join generate_series(${n(PERIOD_START)}, ${n(PERIOD_END)}) y
    where ${inPlans}`);

  await db.execute(sql`
    insert into quick_win (masterplan_id, program_id, year, owner_opd_id, target, why_quick)
    select p.masterplan_id, p.id, ${n(PERIOD_START)} + (p.id % 2), p.owner_opd_id,
           'Layanan ' || p.name || ' berjalan', 'Anggaran dan OPD sudah siap'
    from program p where ${inPlans} and p.code in ('P-01', 'P-31', 'P-61', 'P-91', 'P-121')`);
  await db.execute(sql`
    insert into quick_win_progress (quick_win_id, year, status, physical_progress)
    select q.id, y, case when y = ${n(PERIOD_START + 2)} then 'done' else 'on_track' end,
           case when y = ${n(PERIOD_START + 2)} then 100 else 40 * (y - ${n(PERIOD_START)} + 1) end
    from quick_win q join program p on p.id = q.program_id
    cross join generate_series(${n(PERIOD_START)}, ${n(PERIOD_START + 2)}) y
    where ${inPlans}`);

  // The first 100 programs of each plan get one national catalogue indicator each.
  await db.execute(sql`
    insert into program_indicator (program_id, indicator_id, baseline_value, baseline_year)
    select p.id, i.id, 40 + (p.id % 20), ${n(PERIOD_START - 1)}
    from program p
    join (select id, row_number() over (order by id) - 1 as k, count(*) over () as n
          from indicator where region_code is null) i
      on i.k = (substring(p.code from 3)::int - 1) % i.n
    where ${inPlans} and substring(p.code from 3)::int <= ${n(INDICATORS_PER_PLAN)}`);

  const links = sql`program_indicator pi join program p on p.id = pi.program_id
    join indicator ind on ind.id = pi.indicator_id`;
  // Targets move 3 % of the baseline a year in the indicator's good direction.
  await db.execute(sql`
    insert into indicator_target (program_indicator_id, year, value)
    select pi.id, y, round(pi.baseline_value * (1 + case when ind.direction = 'lower_is_better' then -0.03 else 0.03 end
                                                    * (y - ${n(PERIOD_START - 1)})), 2)
    from ${links} cross join generate_series(${n(PERIOD_START)}, ${n(PERIOD_END)}) y
    where ${inPlans}`);
  // Realisations land between 70 % and 115 % of the target (mirrored for lower-is-better).
  await db.execute(sql`
    insert into observation (program_indicator_id, year, value, status, reviewed_at)
    select pi.id, t.year,
      round(t.value * case when ind.direction = 'lower_is_better' then 2 - f.f else f.f end, 2),
      s.status, case when s.status = 'entered' then null else now() end
    from ${links} join indicator_target t on t.program_indicator_id = pi.id
    cross join lateral (select 0.70 + ((pi.id * 31 + t.year * 17) % 46) / 100.0 as f) f
    cross join lateral (select case when (pi.id + t.year) % 50 = 0 then 'returned'
                                    when (pi.id + t.year) % 3 <> 0 then 'verified'
                                    else 'entered' end as status) s
    where ${inPlans}`);
  return plans;
}
