import { type SQL, sql } from "drizzle-orm";
import { inList, stagesReadyToClose, type TaskScope } from "./scope";

/**
 * A region coordinator's work: the current stage's deliverables still in draft or returned,
 * realisations awaiting verification, plans returned for revision, open self-assessments
 * (readiness and evaluation), and what waits on others — a Nota Kesepakatan the ministry has not
 * recorded, a stage ready for the mentor to close — and citizen feedback waiting for moderation.
 */
export function coordinatorTasks(s: TaskScope): SQL[] {
  if (s.coordinatorOf.length === 0) return [];
  const regions = s.coordinatorOf;
  return [
    sql`select 'feedback.moderate', 'feedback', f.id::text, '/wilayah/' || f.region_code || '/masukan#masukan-' || f.id,
        f.region_code, null::date, f.created_at,
        'Moderasi masukan warga tentang ' || coalesce(p.code, qp.code) || ': ' || left(f.body, 80),
        'Moderate citizen feedback on ' || coalesce(p.code, qp.code) || ': ' || left(f.body, 80),
        null::text
      from feedback f
      left join program p on p.id = f.program_id
      left join quick_win q on q.id = f.quick_win_id left join program qp on qp.id = q.program_id
      where f.status = 'pending' and ${inList(sql`f.region_code`, regions)}`,
    sql`select 'deliverable.complete', 'deliverable', d.id::text,
        '/kandidat/' || c.id || '?tab=bimtek#keluaran-' || d.id, c.region_code, st.planned_end,
        coalesce(rv.created_at, st.planned_start::timestamptz),
        case when d.status = 'revision_requested' then 'Perbaiki keluaran Tahap ' else 'Lengkapi dan ajukan keluaran Tahap ' end
          || st.number || ': ' || dt.name_id,
        case when d.status = 'revision_requested' then 'Revise the stage ' else 'Complete and submit the stage ' end
          || st.number || ' deliverable: ' || dt.name_en,
        rv.comment
      from deliverable d
      join bimtek_stage st on st.id = d.stage_id
      join candidate c on c.id = st.candidate_id
      join cohort co on co.id = c.cohort_id
      join deliverable_template dt on dt.id = d.template_id
      left join lateral (select r.created_at, r.comment from deliverable_review r
                         where r.deliverable_id = d.id and r.action = 'request_revision'
                         order by r.created_at desc limit 1) rv on d.status = 'revision_requested'
      where d.status in ('draft', 'revision_requested') and st.closed_at is null
        and co.status = 'mentoring' and ${inList(sql`c.region_code`, regions)}
        and (d.status = 'revision_requested' or not exists (
          select 1 from bimtek_stage p where p.candidate_id = st.candidate_id and p.number < st.number and p.closed_at is null))`,
    sql`select 'realisation.verify', 'realisation', o.id::text,
        '/masterplan/' || m.id || '/monitoring?tab=verifikasi#realisasi-' || o.id, m.region_code, null::date, o.updated_at,
        'Verifikasi realisasi ' || p.code || ' · ' || i.name || ' ' || o.year || coalesce(' semester ' || o.semester, ''),
        'Verify the realisation ' || p.code || ' · ' || i.name || ' ' || o.year || coalesce(' semester ' || o.semester, ''),
        null::text
      from masterplan m
      join program p on p.masterplan_id = m.id
      join program_indicator pi on pi.program_id = p.id
      join observation o on o.program_indicator_id = pi.id
      join indicator i on i.id = pi.indicator_id
      where o.status = 'entered' and m.status = 'enacted' and ${inList(sql`m.region_code`, regions)}`,
    sql`select 'masterplan.revise', 'masterplan', m.id::text, '/masterplan/' || m.id, m.region_code, null::date, ret.at,
        'Perbaiki masterplan yang dikembalikan: ' || m.title, 'Revise the returned masterplan: ' || m.title,
        ret.changes->'note'->>1
      from masterplan m
      join lateral (select a.action, a.at, a.changes from audit_event a
                    where a.entity_type = 'masterplan' and a.entity_id = m.id::text
                      and a.action in ('masterplan.submit', 'masterplan.return')
                    order by a.at desc, a.id desc limit 1) ret on ret.action = 'masterplan.return'
      where m.status = 'draft' and ${inList(sql`m.region_code`, regions)}`,
    sql`select 'self_assessment.complete', 'candidate', c.id::text, '/kandidat/' || c.id || '?tab=asesmen', c.region_code,
        (co.plan->>'assessmentEnd')::date, c.invited_at,
        'Lengkapi asesmen mandiri kesiapan (' || coalesce(mine.n, 0) || ' dari ' || crit.n || ' kriteria): ' || co.name,
        'Complete the readiness self-assessment (' || coalesce(mine.n, 0) || ' of ' || crit.n || ' criteria): ' || co.name,
        null::text
      from candidate c
      join cohort co on co.id = c.cohort_id
      cross join lateral (select count(*)::int as n from readiness_criterion rc where rc.instrument_id = co.instrument_id) crit
      left join lateral (select count(*)::int as n from self_assessment_answer a where a.candidate_id = c.id) mine on true
      where co.status = 'assessment' and c.status <> 'withdrawn' and ${inList(sql`c.region_code`, regions)}
        and coalesce(mine.n, 0) < crit.n`,
    sql`select 'evaluation.self_assess', 'evaluation', e.id::text, '/evaluasi/wilayah/' || e.id || '?tab=mandiri',
        e.region_code, r.self_assessment_ends_on, r.updated_at,
        'Isi evaluasi mandiri (' || coalesce(mine.n, 0) || ' dari ' || jsonb_array_length(r.scheme->'items') || ' butir): ' || r.name,
        'Fill in the self-assessment (' || coalesce(mine.n, 0) || ' of ' || jsonb_array_length(r.scheme->'items') || ' items): ' || r.name,
        null::text
      from evaluation e
      join evaluation_round r on r.id = e.round_id
      left join lateral (select count(*)::int as n from evaluation_answer a where a.evaluation_id = e.id) mine on true
      where r.status = 'self_assessment' and ${inList(sql`e.region_code`, regions)}
        and coalesce(mine.n, 0) < jsonb_array_length(r.scheme->'items')`,
    sql`select 'mou.complete', 'candidate', c.id::text, '/kandidat/' || c.id || '?tab=mou', c.region_code,
        (co.plan->>'mouDate')::date, co.selection_published_at,
        'Nota Kesepakatan belum tercatat (menunggu Kementerian): ' || co.name,
        'Memorandum of understanding not yet recorded (waiting on the ministry): ' || co.name, null::text
      from candidate c
      join cohort co on co.id = c.cohort_id
      left join mou on mou.candidate_id = c.id
      where c.status = 'selected' and co.status in ('mou', 'mentoring') and mou.signed_on is null
        and ${inList(sql`c.region_code`, regions)}`,
    stagesReadyToClose(regions, {
      kind: "stage.close_waiting",
      titleId: "Tahap {n} siap ditutup (menunggu mentor)",
      titleEn: "Stage {n} is ready to close (waiting on the mentor)",
    }),
  ];
}
