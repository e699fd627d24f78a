// Citizen feedback (masukan warga) on a public program or quick win: sent without an account,
// moderated by the region's coordinator, public only once published.
import { z } from "zod";

const Int = z.number().int();

/** What a citizen sends: a question, a report of a problem, or a suggestion. */
export const FEEDBACK_CATEGORIES = ["question", "report", "suggestion"] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];
export const FEEDBACK_CATEGORY_LABELS: Record<FeedbackCategory, { id: string; en: string }> = {
  question: { id: "Pertanyaan", en: "Question" },
  report: { id: "Laporan", en: "Report" },
  suggestion: { id: "Usulan", en: "Suggestion" },
};

/** Where a feedback stands: waiting for moderation, published, or rejected with a reason. */
export const FEEDBACK_STATUSES = ["pending", "published", "rejected"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, { id: string; en: string }> = {
  pending: { id: "Menunggu moderasi", en: "Awaiting moderation" },
  published: { id: "Diterbitkan", en: "Published" },
  rejected: { id: "Ditolak", en: "Rejected" },
};

/** What the feedback is about: a program or a quick win of the region's enacted plan. */
export const FEEDBACK_SUBJECTS = ["program", "quick_win"] as const;
export type FeedbackSubjectKind = (typeof FEEDBACK_SUBJECTS)[number];

export const FEEDBACK_LIMITS = {
  bodyMin: 10,
  bodyMax: 2000,
  nameMax: 100,
  /** Links in one text before it is taken for spam. */
  linksMax: 2,
  photoMaxBytes: 5 * 1024 * 1024,
  /** A photo is scaled down to fit this many pixels on its longer side. */
  photoMaxSide: 2048,
  replyMax: 2000,
  reasonMax: 500,
} as const;

const trimmed = (max: number) => z.string().trim().max(max);

/** The fields of the public form (sent as multipart/form-data, with an optional `photo` file). */
export const SendFeedback = z.object({
  subjectKind: z.enum(FEEDBACK_SUBJECTS),
  subjectId: z.coerce.number().int().positive(),
  category: z.enum(FEEDBACK_CATEGORIES),
  body: trimmed(FEEDBACK_LIMITS.bodyMax).min(
    FEEDBACK_LIMITS.bodyMin,
    `Tulis minimal ${FEEDBACK_LIMITS.bodyMin} karakter`,
  ),
  name: trimmed(FEEDBACK_LIMITS.nameMax).optional().default(""),
  email: z
    .union([z.literal(""), z.email("Bukan alamat e-mail yang valid").max(254)])
    .optional()
    .default(""),
  /** The honeypot: hidden from people, filled in by bots. Must stay empty. */
  website: z.string().max(500).optional().default(""),
});
export type SendFeedback = z.infer<typeof SendFeedback>;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
const SPAM_WORDS = /\b(?:casino|kasino|slot\s*gacor|judi\s*online|togel|viagra|pinjol|crypto\s*giveaway)\b/i;

/** Why a text looks like spam, or null: too many links, gambling and loan adverts, one character repeated. */
export function spamReason(body: string): "too_many_links" | "spam_words" | "repeated_characters" | null {
  if ((body.match(URL_PATTERN) ?? []).length > FEEDBACK_LIMITS.linksMax) return "too_many_links";
  if (SPAM_WORDS.test(body)) return "spam_words";
  if (/(.)\1{29,}/u.test(body)) return "repeated_characters";
  return null;
}

/** After sending: the private link to follow the feedback. The token is shown once, never stored. */
export const FeedbackSentOut = z.object({
  data: z.object({
    followToken: z.string().describe("Kunci rahasia tautan pantau; hanya dikirim sekali"),
    followPath: z.string().describe("Alamat halaman pantau, mis. /masukan/{token}"),
    status: z.enum(FEEDBACK_STATUSES),
  }),
});

const Subject = z.object({
  kind: z.enum(FEEDBACK_SUBJECTS),
  id: Int,
  code: z.string().describe("Kode program, atau kode program quick win"),
  title: z.string(),
});

const Reply = z
  .object({ body: z.string(), repliedAt: z.string(), by: z.string().describe("Nama pemerintah daerah") })
  .nullable();

/** A published feedback as the public sees it: no e-mail, no address, no moderator. */
export const PublicFeedbackItem = z.object({
  id: Int,
  category: z.enum(FEEDBACK_CATEGORIES),
  body: z.string(),
  name: z.string().nullable().describe("Nama pengirim bila diisi; selain itu null (anonim)"),
  subject: Subject,
  photoUrl: z.string().nullable(),
  sentAt: z.string(),
  publishedAt: z.string(),
  reply: Reply,
  handled: z.boolean(),
});
export type PublicFeedbackItem = z.infer<typeof PublicFeedbackItem>;

export const PublicFeedbackList = z.object({
  data: z.array(PublicFeedbackItem),
  meta: z.object({ page: Int, pageSize: Int, total: Int }),
  counts: z.object({
    published: Int,
    replied: Int,
    bySubject: z.array(z.object({ kind: z.enum(FEEDBACK_SUBJECTS), id: Int, published: Int })),
  }),
});

/** What the sender sees through the private link. */
export const FeedbackFollowOut = z.object({
  data: z.object({
    region: z.object({ code: z.string(), name: z.string() }),
    category: z.enum(FEEDBACK_CATEGORIES),
    body: z.string(),
    subject: Subject,
    status: z.enum(FEEDBACK_STATUSES),
    rejectReason: z.string().nullable(),
    forwardedTo: z.string().nullable().describe("OPD yang menerima terusan"),
    handled: z.boolean(),
    reply: Reply,
    sentAt: z.string(),
    publishedAt: z.string().nullable(),
    photo: z.boolean(),
  }),
});

/** One feedback in the region's moderation queue: the sender's e-mail is shown to moderators only. */
export const FeedbackQueueItem = z.object({
  id: Int,
  version: Int,
  status: z.enum(FEEDBACK_STATUSES),
  category: z.enum(FEEDBACK_CATEGORIES),
  body: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable().describe("Hanya untuk moderator; dihapus setelah masa simpan"),
  subject: Subject,
  photoUrl: z.string().nullable(),
  sentAt: z.string(),
  publishedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  forwardedTo: z.object({ id: Int, name: z.string() }).nullable(),
  reply: Reply,
  handledAt: z.string().nullable(),
  can: z.object({
    publish: z.boolean(),
    reject: z.boolean(),
    reply: z.boolean(),
    forward: z.boolean(),
    markHandled: z.boolean(),
  }),
});
export type FeedbackQueueItem = z.infer<typeof FeedbackQueueItem>;

export const FeedbackQueueQuery = z.object({
  status: z
    .enum([...FEEDBACK_STATUSES, "open", "all"])
    .default("open")
    .describe("open = menunggu atau belum ditangani"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const Version = z.object({ version: Int.positive() });
export const PublishFeedback = Version;
export const RejectFeedback = Version.extend({
  reason: trimmed(FEEDBACK_LIMITS.reasonMax).min(5, "Tuliskan alasan penolakan (minimal 5 karakter)"),
});
export const ReplyFeedback = Version.extend({
  body: trimmed(FEEDBACK_LIMITS.replyMax).min(5, "Tuliskan jawaban (minimal 5 karakter)"),
});
export const ForwardFeedback = Version.extend({ opdId: Int.positive() });
export const MarkFeedbackHandled = Version;

/** Moderation actions and the statuses they are allowed from. */
export const FEEDBACK_ACTIONS = {
  publish: ["pending"],
  reject: ["pending", "published"],
  reply: ["pending", "published"],
  forward: ["pending", "published"],
  markHandled: ["pending", "published"],
} as const satisfies Record<string, readonly FeedbackStatus[]>;
export type FeedbackAction = keyof typeof FEEDBACK_ACTIONS;

/** Whether a moderation action is allowed on a feedback in this status (handled items take no more replies or forwards). */
export function feedbackActionAllowed(action: FeedbackAction, status: FeedbackStatus, handled: boolean): boolean {
  if (handled && action !== "reject") return false;
  return (FEEDBACK_ACTIONS[action] as readonly string[]).includes(status);
}
