import { type SQL, sql } from "drizzle-orm";
import type { TaskScope } from "./scope";

/**
 * The program office's work across all regions: what blocks each cohort's next phase, Bimtek
 * stages past their planned end, evaluation rounds whose scores are complete (ready to publish),
 * and invitations that expire within three days.
 */
export function adminTasks(s: TaskScope): SQL[] {
  if (!s.admin) return [];
  const today = sql`${s.today}::date`;
  return [
    sql`select 'cohort.blocked', 'cohort', co.id::text, '/angkatan/' || co.id || '?tab=' || b.tab, null::text, b.due, co.updated_at,
        b.title_id || ': ' || co.name, b.title_en || ': ' || co.name, null::text
      from cohort co
      cross join lateral (
        select 'seleksi' as tab, (co.plan->>'assessmentEnd')::date as due,
               'Asesmen kesiapan selesai, lanjutkan ke seleksi' as title_id, 'Readiness assessment over, move on to selection' as title_en
          where co.status = 'assessment' and (co.plan->>'assessmentEnd')::date <= ${today}
        union all
        select 'seleksi', (co.plan->>'selectionDate')::date, 'Umumkan hasil seleksi', 'Publish the selection'
          where co.status = 'selection' and co.selection_published_at is null
        union all
        select 'mou', (co.plan->>'mouDate')::date,
               n.missing || ' Nota Kesepakatan belum tercatat', n.missing || ' memoranda of understanding not recorded'
          from (select count(*)::int as missing from candidate c left join mou on mou.candidate_id = c.id
                where c.cohort_id = co.id and c.status = 'selected' and mou.signed_on is null) n
          where co.status = 'mou' and n.missing > 0
        union all
        select 'mou', (co.plan->>'mentoringStart')::date, 'Semua Nota Kesepakatan tercatat, mulai pendampingan',
               'Every memorandum is recorded, start the mentoring'
          where co.status = 'mou' and not exists (select 1 from candidate c left join mou on mou.candidate_id = c.id
                where c.cohort_id = co.id and c.status = 'selected' and mou.signed_on is null)
      ) b`,
    sql`select 'stage.overdue', 'bimtek_stage', st.id::text, '/kandidat/' || c.id || '?tab=bimtek#tahap-' || st.number,
        c.region_code, st.planned_end, st.planned_end::timestamptz,
        'Tahap ' || st.number || ' melewati rencana selesai', 'Stage ' || st.number || ' is past its planned end', null::text
      from bimtek_stage st
      join candidate c on c.id = st.candidate_id
      join cohort co on co.id = c.cohort_id
      where st.closed_at is null and st.planned_end < ${today} and co.status = 'mentoring'
        -- The first open stage stands for its region: the later ones are late because of it.
        and not exists (select 1 from bimtek_stage p where p.candidate_id = st.candidate_id
                          and p.number < st.number and p.closed_at is null)`,
    sql`select 'round.publish', 'evaluation_round', r.id::text, '/evaluasi/' || r.id || '?tab=pratinjau', null::text,
        r.scoring_ends_on, r.updated_at, 'Penilaian lengkap, umumkan hasil: ' || r.name,
        'Scoring complete, publish the results: ' || r.name, null::text
      from evaluation_round r
      where r.status = 'scoring' and exists (select 1 from evaluation e where e.round_id = r.id)
        and not exists (
          select 1 from evaluation e where e.round_id = r.id and not exists (
            select 1 from evaluation_score es where es.evaluation_id = e.id
            group by es.assessor_id having count(distinct es.item_code) >= jsonb_array_length(r.scheme->'items')))`,
    sql`select 'invitation.expiring', 'invitation', i.id::text, '/pengguna#undangan-' || i.id, i.region_code,
        (i.expires_at at time zone 'Asia/Jakarta')::date, i.created_at,
        'Undangan untuk ' || coalesce(i.name, i.email, 'admin pertama') || ' segera kedaluwarsa',
        'Invitation for ' || coalesce(i.name, i.email, 'the first admin') || ' expires soon', null::text
      from invitation i
      where i.accepted_at is null and i.revoked_at is null
        and i.expires_at > now() and i.expires_at < now() + interval '3 days'`,
  ];
}
