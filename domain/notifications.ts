import { z } from "zod";

/**
 * Kinds of notification. Critical ones (a decision about the person's own work, a deadline)
 * cannot be switched off; the others can, one by one.
 */
export const NOTIFICATION_KINDS = [
  "deliverable.submitted",
  "deliverable.approved",
  "deliverable.returned",
  "masterplan.submitted",
  "masterplan.returned",
  "masterplan.approved",
  "masterplan.enacted",
  "comment.replied",
  "comment.mentioned",
  "realisation.verified",
  "realisation.returned",
  "evaluation.phase_opened",
  "selection.published",
  "invitation.accepted",
  "feedback.received",
  "feedback.forwarded",
  "deadline.approaching",
  "deadline.missed",
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** Kinds a person may not switch off: decisions about their own work and deadlines. */
export const CRITICAL_KINDS: readonly NotificationKind[] = [
  "deliverable.returned",
  "masterplan.returned",
  "realisation.returned",
  "deadline.approaching",
  "deadline.missed",
];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { id: string; en: string }> = {
  "deliverable.submitted": { id: "Keluaran Bimtek diajukan", en: "Bimtek deliverable submitted" },
  "deliverable.approved": { id: "Keluaran Bimtek disetujui", en: "Bimtek deliverable approved" },
  "deliverable.returned": { id: "Keluaran Bimtek dikembalikan untuk revisi", en: "Bimtek deliverable returned" },
  "masterplan.submitted": { id: "Masterplan diajukan untuk ditinjau", en: "Masterplan submitted for review" },
  "masterplan.returned": { id: "Masterplan dikembalikan untuk revisi", en: "Masterplan returned for revision" },
  "masterplan.approved": { id: "Masterplan disetujui", en: "Masterplan approved" },
  "masterplan.enacted": { id: "Masterplan ditetapkan", en: "Masterplan enacted" },
  "comment.replied": { id: "Balasan pada komentar", en: "Reply to a comment" },
  "comment.mentioned": { id: "Anda disebut dalam komentar", en: "You were mentioned in a comment" },
  "realisation.verified": { id: "Realisasi diverifikasi", en: "Realisation verified" },
  "realisation.returned": { id: "Realisasi dikembalikan", en: "Realisation returned" },
  "evaluation.phase_opened": { id: "Tahap evaluasi dibuka", en: "Evaluation phase opened" },
  "selection.published": { id: "Hasil seleksi diumumkan", en: "Selection published" },
  "invitation.accepted": { id: "Undangan diterima", en: "Invitation accepted" },
  "feedback.received": { id: "Masukan warga masuk", en: "Citizen feedback received" },
  "feedback.forwarded": { id: "Masukan warga diteruskan ke OPD Anda", en: "Citizen feedback forwarded to your OPD" },
  "deadline.approaching": { id: "Tenggat mendekat", en: "Deadline approaching" },
  "deadline.missed": { id: "Tenggat terlewat", en: "Deadline missed" },
};

export const EmailMode = z.enum(["immediate", "daily", "weekly", "none"]);
export type EmailMode = z.infer<typeof EmailMode>;

/** A person's notification preferences (body of PUT and the response). */
export const NotificationPreferences = z.object({
  emailMode: EmailMode,
  mutedKinds: z
    .array(NotificationKind.refine((k) => !CRITICAL_KINDS.includes(k), "Pemberitahuan penting tidak dapat dimatikan"))
    .max(NOTIFICATION_KINDS.length),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const NotificationPreferencesUpdate = NotificationPreferences.extend({ version: z.number().int().min(1) });

export const NotificationOut = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  href: z.string(),
  regionCode: z.string().nullable(),
  object: z.object({ type: z.string(), id: z.string() }),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationOut = z.infer<typeof NotificationOut>;

/** Kinds of task in Perlu Tindakan; each names who acts and on what. */
export const TASK_KINDS = [
  "deliverable.review",
  "masterplan.review",
  "comment.answer",
  "assessment.score",
  "evaluation.score",
  "deliverable.complete",
  "realisation.verify",
  "masterplan.revise",
  "self_assessment.complete",
  "evaluation.self_assess",
  "mou.complete",
  "stage.close",
  "stage.close_waiting",
  "program.report",
  "realisation.fix",
  "cohort.blocked",
  "stage.overdue",
  "round.publish",
  "invitation.expiring",
  "feedback.moderate",
  "feedback.handle",
] as const;
export const TaskKind = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof TaskKind>;

/** One thing waiting for the signed-in person: computed from the current state, never stored. */
export const TaskOut = z.object({
  kind: TaskKind,
  title: z.object({ id: z.string(), en: z.string() }),
  object: z.object({ type: z.string(), id: z.string() }),
  href: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  since: z.string().nullable().describe("Sejak kapan menunggu (ISO 8601)"),
  note: z.string().nullable().describe("Catatan yang menyertai, misalnya alasan pengembalian"),
});
export type TaskOut = z.infer<typeof TaskOut>;

/** Perlu Tindakan's order: due date first (undated last), then the oldest waiting first. */
export function compareTasks(a: TaskOut, b: TaskOut): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  const as = a.since ?? "";
  const bs = b.since ?? "";
  if (as !== bs) return as < bs ? -1 : 1;
  return a.href < b.href ? -1 : a.href > b.href ? 1 : 0;
}

/** `@[Nama](user-id)` mentions in a comment body: the ids named, each once. */
export function mentionedUserIds(body: string): string[] {
  const ids = new Set<string>();
  for (const m of body.matchAll(/@\[[^\]\n]{1,120}\]\(([A-Za-z0-9_-]{1,64})\)/g)) if (m[1]) ids.add(m[1]);
  return [...ids];
}
