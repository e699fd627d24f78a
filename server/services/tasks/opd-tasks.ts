import { type SQL, sql } from "drizzle-orm";
import { inList, type TaskScope } from "./scope";

/**
 * An OPD contributor's work on the programs their OPD owns in enacted plans: each open reporting
 * year (last year and this one, within the plan and the program's years) whose progress or
 * indicator realisations are not yet entered, due by the framework's reporting calendar; and
 * realisations the coordinator returned, with the note; citizen feedback forwarded to the OPD and not yet handled.
 */
export function opdTasks(s: TaskScope): SQL[] {
  if (s.opdIds.length === 0) return [];
  const thisYear = Number(s.today.slice(0, 4));
  return [
    sql`select 'feedback.handle', 'feedback', f.id::text, '/wilayah/' || f.region_code || '/masukan#masukan-' || f.id,
        f.region_code, null::date, f.forwarded_at,
        'Tangani masukan warga yang diteruskan: ' || left(f.body, 80),
        'Handle the forwarded citizen feedback: ' || left(f.body, 80),
        null::text
      from feedback f
      where f.status <> 'rejected' and f.handled_at is null and ${inList(sql`f.forwarded_opd_id`, s.opdIds)}`,
    sql`select 'program.report', 'program', p.id::text || ':' || y.year,
        '/masterplan/' || m.id || '/monitoring/program/' || p.id || '?year=' || y.year, m.region_code,
        to_date((y.year + 1)::text || '-' || (f.reporting->>'annualDue'), 'YYYY-MM-DD'),
        make_date(y.year, 1, 1)::timestamptz,
        'Laporkan ' || y.year || ' — ' || p.code || ' ' || p.name || ': '
          || concat_ws(', ', case when pp.id is null then 'progres' end,
                       case when miss.n > 0 then miss.n || ' realisasi indikator' end),
        'Report ' || y.year || ' — ' || p.code || ' ' || p.name || ': '
          || concat_ws(', ', case when pp.id is null then 'progress' end,
                       case when miss.n > 0 then miss.n || ' indicator realisations' end),
        null::text
      from program p
      join masterplan m on m.id = p.masterplan_id
      join framework f on f.id = m.framework_id
      cross join lateral generate_series(greatest(m.period_start, p.start_year, ${thisYear - 1}::int),
                                         least(m.period_end, p.end_year, ${thisYear}::int)) as y(year)
      left join program_progress pp on pp.program_id = p.id and pp.year = y.year
      cross join lateral (select count(*)::int as n from program_indicator pi
                          join indicator_target t on t.program_indicator_id = pi.id and t.year = y.year
                          where pi.program_id = p.id
                            and not exists (select 1 from observation o
                                            where o.program_indicator_id = pi.id and o.year = y.year)) miss
      where m.status = 'enacted' and ${inList(sql`p.owner_opd_id`, s.opdIds)}
        and (pp.id is null or miss.n > 0)`,
    sql`select 'realisation.fix', 'realisation', o.id::text,
        '/masterplan/' || m.id || '/monitoring/program/' || p.id || '?year=' || o.year || '#realisasi-' || o.id,
        m.region_code, null::date, o.reviewed_at,
        'Perbaiki realisasi yang dikembalikan: ' || p.code || ' · ' || i.name || ' ' || o.year || coalesce(' semester ' || o.semester, ''),
        'Fix the returned realisation: ' || p.code || ' · ' || i.name || ' ' || o.year || coalesce(' semester ' || o.semester, ''),
        o.review_note
      from program p
      join masterplan m on m.id = p.masterplan_id
      join program_indicator pi on pi.program_id = p.id
      join observation o on o.program_indicator_id = pi.id
      join indicator i on i.id = pi.indicator_id
      where o.status = 'returned' and m.status = 'enacted' and ${inList(sql`p.owner_opd_id`, s.opdIds)}`,
  ];
}
