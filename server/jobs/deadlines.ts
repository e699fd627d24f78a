import { type SQL, sql } from "drizzle-orm";
import { pgArray } from "../services/monitoring/write-batches";

/**
 * One person and one deadline of theirs: what is due (`subject_*`), by when, what to do
 * (`body_*`) and where (`href`). `key` names the deadline for the reminder's dedupe key.
 */
export type DeadlineRow = {
  user_id: string;
  object_type: string;
  object_id: string;
  region_code: string | null;
  due_on: string;
  href: string;
  subject_id: string;
  subject_en: string;
  body_id: string;
  body_en: string;
  key: string;
};

type Window = { from: string; to: string; years: number[] };

const day = (column: SQL) => sql`to_char(${column}, 'YYYY-MM-DD')`;

// Bimtek stages not closed, to the region's coordinators and mentors.
const stages = (w: Window) => sql`
  select m.user_id, 'bimtek_stage', st.id::text, c.region_code, ${day(sql`st.planned_end`)},
    '/kandidat/' || c.id || '?tab=bimtek#tahap-' || st.number,
    'Tahap ' || st.number || ' Bimtek ' || r.name, 'Bimtek stage ' || st.number || ', ' || r.name,
    case when m.role = 'mentor' then 'Tinjau keluaran tahap ini dan tutup tahapnya bila sudah lengkap.'
         else 'Lengkapi dan ajukan keluaran tahap ini agar mentor dapat menutupnya.' end,
    case when m.role = 'mentor' then 'Review the stage''s deliverables and close the stage once they are complete.'
         else 'Complete and submit the stage''s deliverables so that the mentor can close it.' end,
    'stage:' || st.id
  from bimtek_stage st
  join candidate c on c.id = st.candidate_id and c.status = 'selected'
  join cohort co on co.id = c.cohort_id and co.status = 'mentoring'
  join region r on r.code = c.region_code
  join membership m on m.region_code = c.region_code and m.role in ('region_coordinator', 'mentor')
  where st.closed_at is null and st.planned_end between ${w.from}::date and ${w.to}::date`;

// An evaluation round's self-assessment, to coordinators of participating regions that have not finished it.
const selfAssessments = (w: Window) => sql`
  select m.user_id, 'evaluation', e.id::text, e.region_code, ${day(sql`r.self_assessment_ends_on`)},
    '/evaluasi/wilayah/' || e.id || '?tab=mandiri',
    'Evaluasi mandiri ' || r.name || ', ' || rg.name, 'Self-assessment of ' || r.name || ', ' || rg.name,
    'Isi semua butir evaluasi mandiri beserta bukti dukungnya.', 'Fill in every item of the self-assessment with its evidence.',
    'evaluation:' || e.id || ':self-assessment'
  from evaluation_round r
  join evaluation e on e.round_id = r.id
  join region rg on rg.code = e.region_code
  join membership m on m.role = 'region_coordinator' and m.region_code = e.region_code
  where r.status = 'self_assessment' and r.self_assessment_ends_on between ${w.from}::date and ${w.to}::date
    and (select count(*) from evaluation_answer a where a.evaluation_id = e.id) < jsonb_array_length(r.scheme->'items')`;

// A round's scoring, to its assessors while some region still lacks a complete set of scores.
const scoring = (w: Window) => sql`
  select ea.user_id, 'evaluation_round', r.id::text, null, ${day(sql`r.scoring_ends_on`)}, '/evaluasi/' || r.id,
    'Penilaian ' || r.name, 'Scoring of ' || r.name,
    'Nilai butir evaluasi wilayah yang belum lengkap dinilai.', 'Score the regions whose items are not all scored yet.',
    'round:' || r.id || ':scoring'
  from evaluation_round r
  join evaluation_assessor ea on ea.round_id = r.id
  where r.status = 'scoring' and r.scoring_ends_on between ${w.from}::date and ${w.to}::date
    and exists (select 1 from evaluation e where e.round_id = r.id and not exists (
      select 1 from evaluation_score es where es.evaluation_id = e.id group by es.assessor_id
      having count(distinct es.item_code) >= jsonb_array_length(r.scheme->'items')))`;

// A cohort's readiness assessment: candidate regions' coordinators and the cohort's assessors with work left.
const readiness = (w: Window) => sql`
  select m.user_id, 'candidate', c.id::text, c.region_code, co.plan->>'assessmentEnd', '/kandidat/' || c.id || '?tab=asesmen',
    'Asesmen mandiri kesiapan ' || co.name, 'Readiness self-assessment, ' || co.name,
    'Jawab semua kriteria asesmen kesiapan beserta bukti dukungnya.', 'Answer every readiness criterion with its evidence.',
    'candidate:' || c.id || ':self-assessment'
  from cohort co
  join candidate c on c.cohort_id = co.id and c.status <> 'withdrawn'
  join membership m on m.role = 'region_coordinator' and m.region_code = c.region_code
  where co.status = 'assessment' and co.plan->>'assessmentEnd' between ${w.from} and ${w.to}
    and (select count(*) from self_assessment_answer a where a.candidate_id = c.id)
      < (select count(*) from readiness_criterion rc where rc.instrument_id = co.instrument_id)
  union all
  select m.user_id, 'cohort', co.id::text, null, co.plan->>'assessmentEnd', '/penilaian',
    'Penilaian kesiapan ' || co.name, 'Readiness scoring, ' || co.name,
    'Nilai semua kriteria setiap kandidat.', 'Score every criterion of each candidate.', 'cohort:' || co.id || ':assessment'
  from cohort co
  join membership m on m.role = 'assessor' and m.cohort_id = co.id
  where co.status = 'assessment' and co.plan->>'assessmentEnd' between ${w.from} and ${w.to}
    and exists (select 1 from candidate c where c.cohort_id = co.id and c.status <> 'withdrawn'
      and (select count(*) from assessment_score s where s.candidate_id = c.id and s.assessor_id = m.user_id)
        < (select count(*) from readiness_criterion rc where rc.instrument_id = co.instrument_id))`;

// A year's monitoring of enacted plans, due by the framework's calendar: each program whose progress or an
// indicator realisation with a target is missing (missing_report), to its owner OPD's contributors; a count
// to the coordinator.
const monitoring = sql`
  select m.user_id, 'program', p.id::text, mp.region_code, ${day(sql`x.due`)},
    '/masterplan/' || mp.id || '/monitoring/program/' || p.id || '?year=' || x.year,
    'Laporan monitoring ' || x.year || ': ' || p.code || ' ' || p.name, x.year || ' monitoring report: ' || p.code || ' ' || p.name,
    'Isi progres program dan realisasi indikator tahun ' || x.year || ' beserta bukti dukungnya.',
    'Enter the program''s progress and indicator realisations for ' || x.year || ' with their evidence.',
    'program:' || p.id || ':' || x.year
  from missing_report x
  join program p on p.id = x.program_id
  join masterplan mp on mp.id = p.masterplan_id
  join membership m on m.role = 'opd_contributor' and m.opd_id = p.owner_opd_id
  union all
  select m.user_id, 'masterplan', mp.id::text, mp.region_code, ${day(sql`x.due`)},
    '/masterplan/' || mp.id || '/monitoring?year=' || x.year,
    'Laporan monitoring ' || x.year || ': ' || mp.title, x.year || ' monitoring report: ' || mp.title,
    x.n || ' program belum lengkap dilaporkan oleh OPD pemiliknya.', x.n || ' program(s) not yet fully reported by their OPDs.',
    'masterplan:' || mp.id || ':' || x.year
  from (select masterplan_id, year, due, count(*) as n from missing_report group by masterplan_id, year, due) x
  join masterplan mp on mp.id = x.masterplan_id
  join membership m on m.role = 'region_coordinator' and m.region_code = mp.region_code`;

const missingReports = (w: Window) => sql`
  select p.id as program_id, p.masterplan_id, y.year, d.due
  from masterplan mp
  join framework f on f.id = mp.framework_id
  join program p on p.masterplan_id = mp.id
  cross join unnest(${pgArray(w.years)}::int[]) as y(year)
  cross join lateral (select (make_date(y.year + 1, split_part(f.reporting->>'annualDue', '-', 1)::int, 1)
                              + (split_part(f.reporting->>'annualDue', '-', 2)::int - 1)) as due) d
  where mp.status = 'enacted' and d.due between ${w.from}::date and ${w.to}::date
    and y.year between greatest(mp.period_start, p.start_year) and least(mp.period_end, p.end_year)
    and (not exists (select 1 from program_progress pp where pp.program_id = p.id and pp.year = y.year)
      or exists (select 1 from program_indicator pi
                 join indicator_target t on t.program_indicator_id = pi.id and t.year = y.year
                 where pi.program_id = p.id
                   and not exists (select 1 from observation o where o.program_indicator_id = pi.id and o.year = y.year)))`;

/**
 * Every deadline between `from` and `to` (YYYY-MM-DD) with each active person it concerns, in one
 * statement; `years` are the reporting years whose annual due date may fall in the window.
 */
export function deadlinesQuery(w: Window): SQL {
  const parts = [stages(w), selfAssessments(w), scoring(w), readiness(w), monitoring];
  return sql`with missing_report as (${missingReports(w)})
    select q.* from (${sql.join(
      parts.map((p) => sql`(${p})`),
      sql` union all `,
    )}) as q(user_id, object_type, object_id, region_code, due_on, href, subject_id, subject_en, body_id, body_en, key)
    join "user" u on u.id = q.user_id and u.active
    order by q.user_id, q.key`;
}
