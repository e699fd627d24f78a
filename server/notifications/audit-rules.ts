import { sql } from "drizzle-orm";
import type { NotificationKind } from "../../domain/notifications";
import type { AuditEntry } from "../audit/record";
import type { RecipientQuery } from "./notify";

/** What an audited change tells whom: a kind and the recipient query, or nothing. */
export type EventRule = (entry: AuditEntry) => Array<{ kind: NotificationKind; recipients: RecipientQuery }>;

const id = (entry: AuditEntry) => String(entry.entityId);
// The alias is not `m`: callers pass `m.region_code` of their masterplan `m`, which `m` here would shadow.
const members = (roles: string[], region: ReturnType<typeof sql>) =>
  sql`select mb.user_id from membership mb where mb.role in (${sql.join(
    roles.map((r) => sql`${r}`),
    sql`, `,
  )}) and mb.region_code = ${region}`;

/** A deliverable with its stage, candidate, template and region, for texts and links. */
const deliverableEvent = (entry: AuditEntry, roles: string[], verbId: string, verbEn: string) => sql`
  select rcp.user_id, r.name || ': keluaran Tahap ' || st.number || ' ' || ${verbId} || ' — ' || dt.name_id,
         r.name || ': stage ' || st.number || ' deliverable ' || ${verbEn} || ' — ' || dt.name_en,
         coalesce(${(entry.after?.comment as string | undefined) ?? null}::text, ''),
         coalesce(${(entry.after?.comment as string | undefined) ?? null}::text, ''),
         '/kandidat/' || c.id || '?tab=bimtek#keluaran-' || d.id, c.region_code, 'deliverable', d.id::text
  from deliverable d
  join bimtek_stage st on st.id = d.stage_id
  join candidate c on c.id = st.candidate_id
  join region r on r.code = c.region_code
  join deliverable_template dt on dt.id = d.template_id
  join lateral (${members(roles, sql`c.region_code`)}) rcp on true
  where d.id = ${Number(entry.entityId)}`;

/** A masterplan event to the given roles of its region. */
const planEvent = (entry: AuditEntry, roles: string[], verbId: string, verbEn: string) => sql`
  select rcp.user_id, r.name || ': masterplan ' || ${verbId}, r.name || ': masterplan ' || ${verbEn},
         coalesce(${(entry.after?.note as string | undefined) ?? null}::text, m.title),
         coalesce(${(entry.after?.note as string | undefined) ?? null}::text, m.title),
         '/masterplan/' || m.id, m.region_code, 'masterplan', m.id::text
  from masterplan m
  join region r on r.code = m.region_code
  join lateral (${members(roles, sql`m.region_code`)}) rcp on true
  where m.id = ${Number(entry.entityId)}`;

/** A realisation decision to whoever entered it and the contributors of the program's OPD. */
const realisationEvent = (entry: AuditEntry, verbId: string, verbEn: string) => sql`
  select rcp.user_id, 'Realisasi ' || p.code || ' · ' || i.name || ' ' || o.year || ' ' || ${verbId},
         'Realisation ' || p.code || ' · ' || i.name || ' ' || o.year || ' ' || ${verbEn},
         coalesce(o.review_note, ''), coalesce(o.review_note, ''),
         '/masterplan/' || m.id || '/monitoring/program/' || p.id || '?year=' || o.year || '#realisasi-' || o.id,
         m.region_code, 'realisation', o.id::text
  from observation o
  join program_indicator pi on pi.id = o.program_indicator_id
  join program p on p.id = pi.program_id
  join masterplan m on m.id = p.masterplan_id
  join indicator i on i.id = pi.indicator_id
  join lateral (select o.entered_by as user_id
                union select mm.user_id from membership mm
                where mm.role = 'opd_contributor' and mm.opd_id = p.owner_opd_id) rcp on true
  where o.id = ${Number(entry.entityId)}`;

/** Rules by audit action; an action without a rule tells no one. */
export const AUDIT_RULES: Record<string, EventRule> = {
  "deliverable.submitted": (e) => [
    { kind: "deliverable.submitted", recipients: deliverableEvent(e, ["mentor"], "diajukan", "submitted") },
  ],
  "deliverable.approved": (e) => [
    { kind: "deliverable.approved", recipients: deliverableEvent(e, ["region_coordinator"], "disetujui", "approved") },
  ],
  "deliverable.revision_requested": (e) => [
    {
      kind: "deliverable.returned",
      recipients: deliverableEvent(e, ["region_coordinator"], "dikembalikan untuk revisi", "returned for revision"),
    },
  ],
  "masterplan.submit": (e) => [
    {
      kind: "masterplan.submitted",
      recipients: planEvent(e, ["mentor"], "diajukan untuk ditelaah", "submitted for review"),
    },
  ],
  "masterplan.return": (e) => [
    {
      kind: "masterplan.returned",
      recipients: planEvent(e, ["region_coordinator"], "dikembalikan untuk revisi", "returned for revision"),
    },
  ],
  "masterplan.approve": (e) => [
    { kind: "masterplan.approved", recipients: planEvent(e, ["region_coordinator"], "disetujui mentor", "approved") },
  ],
  "masterplan.enact": (e) => [
    {
      kind: "masterplan.enacted",
      recipients: planEvent(
        e,
        ["region_coordinator", "region_viewer", "mentor", "opd_contributor"],
        "ditetapkan",
        "enacted",
      ),
    },
  ],
  "realisation.verified": (e) => [
    { kind: "realisation.verified", recipients: realisationEvent(e, "diverifikasi", "verified") },
  ],
  "realisation.returned": (e) => [
    { kind: "realisation.returned", recipients: realisationEvent(e, "dikembalikan", "returned") },
  ],
  "evaluation_round.transitioned": (e) => {
    const to = e.after?.status;
    const round = Number(e.entityId);
    if (to === "self_assessment")
      return [
        {
          kind: "evaluation.phase_opened",
          recipients: sql`select m.user_id, 'Evaluasi mandiri dibuka: ' || er.name, 'Self-assessment opened: ' || er.name,
              coalesce('Batas akhir ' || to_char(er.self_assessment_ends_on, 'DD-MM-YYYY'), ''),
              coalesce('Due ' || to_char(er.self_assessment_ends_on, 'YYYY-MM-DD'), ''),
              '/evaluasi/wilayah/' || ev.id || '?tab=mandiri', ev.region_code, 'evaluation', ev.id::text
            from evaluation_round er join evaluation ev on ev.round_id = er.id
            join membership m on m.role = 'region_coordinator' and m.region_code = ev.region_code
            where er.id = ${round}`,
        },
      ];
    if (to === "scoring")
      return [
        {
          kind: "evaluation.phase_opened",
          recipients: sql`select ea.user_id, 'Penilaian evaluasi dibuka: ' || er.name, 'Evaluation scoring opened: ' || er.name,
              coalesce('Batas akhir ' || to_char(er.scoring_ends_on, 'DD-MM-YYYY'), ''),
              coalesce('Due ' || to_char(er.scoring_ends_on, 'YYYY-MM-DD'), ''),
              '/evaluasi/' || er.id, null::text, 'evaluation_round', er.id::text
            from evaluation_round er join evaluation_assessor ea on ea.round_id = er.id
            where er.id = ${round}`,
        },
      ];
    return [];
  },
  "selection.published": (e) => [
    {
      kind: "selection.published",
      recipients: sql`select m.user_id,
          'Hasil seleksi ' || co.name || ': ' || r.name || case when c.status = 'selected' then ' terpilih' else ' belum terpilih' end,
          'Selection of ' || co.name || ': ' || r.name || case when c.status = 'selected' then ' is selected' else ' is not selected' end,
          coalesce('Surat ' || co.result_letter_number, ''), coalesce('Letter ' || co.result_letter_number, ''),
          '/kandidat/' || c.id, c.region_code, 'candidate', c.id::text
        from cohort co join candidate c on c.cohort_id = co.id and c.status <> 'withdrawn'
        join region r on r.code = c.region_code
        join membership m on m.region_code = c.region_code and m.role in ('region_coordinator', 'region_viewer')
        where co.id = ${Number(e.entityId)}`,
    },
  ],
  "invitation.accepted": (e) => [
    {
      kind: "invitation.accepted",
      recipients: sql`select i.invited_by, u.name || ' menerima undangan dan sudah bergabung',
          u.name || ' accepted the invitation and has joined', '', '', '/pengguna', i.region_code, 'user', u.id
        from invitation i join "user" u on u.id = i.user_id
        where i.user_id = ${id(e)}`,
    },
  ],
  "feedback.received": (e) => [
    {
      kind: "feedback.received",
      recipients: sql`select mb.user_id, r.name || ': masukan warga baru tentang ' || coalesce(p.code, qp.code),
          r.name || ': new citizen feedback on ' || coalesce(p.code, qp.code),
          left(f.body, 200), left(f.body, 200),
          '/wilayah/' || f.region_code || '/masukan#masukan-' || f.id, f.region_code, 'feedback', f.id::text
        from feedback f join region r on r.code = f.region_code
        left join program p on p.id = f.program_id
        left join quick_win q on q.id = f.quick_win_id left join program qp on qp.id = q.program_id
        join membership mb on mb.region_code = f.region_code and mb.role = 'region_coordinator'
        where f.id = ${Number(e.entityId)}`,
    },
  ],
  "feedback.forwarded": (e) => [
    {
      kind: "feedback.forwarded",
      recipients: sql`select mb.user_id, r.name || ': masukan warga diteruskan ke ' || o.name,
          r.name || ': citizen feedback forwarded to ' || o.name,
          left(f.body, 200), left(f.body, 200),
          '/wilayah/' || f.region_code || '/masukan#masukan-' || f.id, f.region_code, 'feedback', f.id::text
        from feedback f join region r on r.code = f.region_code join opd o on o.id = f.forwarded_opd_id
        join membership mb on mb.opd_id = f.forwarded_opd_id and mb.role = 'opd_contributor'
        where f.id = ${Number(e.entityId)}`,
    },
  ],
};
