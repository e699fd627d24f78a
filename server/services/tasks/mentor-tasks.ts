import { type SQL, sql } from "drizzle-orm";
import { commentHref } from "../../notifications/comment-href";
import { inList, stagesReadyToClose, type TaskScope } from "./scope";

/**
 * A mentor's work in their regions: deliverables waiting for review, plans in review, stages
 * whose deliverables are all approved (the mentor closes them), and comment threads addressed to
 * them (they started or joined the thread, or are mentioned) whose last word is someone else's.
 */
export function mentorTasks(s: TaskScope): SQL[] {
  if (s.mentorOf.length === 0) return [];
  const regions = s.mentorOf;
  return [
    sql`select 'deliverable.review', 'deliverable', d.id::text,
        '/kandidat/' || c.id || '?tab=bimtek#keluaran-' || d.id, c.region_code, st.planned_end, d.submitted_at,
        'Tinjau keluaran Tahap ' || st.number || ': ' || dt.name_id,
        'Review the stage ' || st.number || ' deliverable: ' || dt.name_en, null::text
      from deliverable d
      join bimtek_stage st on st.id = d.stage_id
      join candidate c on c.id = st.candidate_id
      join deliverable_template dt on dt.id = d.template_id
      where d.status = 'submitted' and ${inList(sql`c.region_code`, regions)}`,
    sql`select 'masterplan.review', 'masterplan', m.id::text, '/masterplan/' || m.id, m.region_code,
        null::date, m.updated_at, 'Telaah masterplan: ' || m.title, 'Review the masterplan: ' || m.title, null::text
      from masterplan m
      where m.status = 'in_review' and ${inList(sql`m.region_code`, regions)}`,
    stagesReadyToClose(regions, {
      kind: "stage.close",
      titleId: "Tutup Tahap {n}: semua keluaran sudah disetujui",
      titleEn: "Close stage {n}: every deliverable is approved",
    }),
    sql`select 'comment.answer', 'comment', t.id::text,
        ${commentHref("t", "m")}, m.region_code, null::date, last.created_at,
        'Jawab diskusi: ' || left(t.body, 80), 'Answer the discussion: ' || left(t.body, 80), left(last.body, 300)
      from comment t
      join masterplan m on m.id = t.masterplan_id
      join lateral (select r.author_id, r.body, r.created_at from comment r
                    where r.id = t.id or r.parent_id = t.id order by r.created_at desc, r.id desc limit 1) last on true
      where t.parent_id is null and t.resolved_at is null and ${inList(sql`m.region_code`, regions)}
        and last.author_id is distinct from ${s.userId}
        and exists (select 1 from comment r where (r.id = t.id or r.parent_id = t.id)
                      and (r.author_id = ${s.userId} or strpos(r.body, ${`](${s.userId})`}) > 0))`,
  ];
}
