import { z } from "zod";
import { ChapterKey } from "./masterplan-chapters";

/** Deliverable statuses and the moves between them. */
export const DELIVERABLE_STATUSES = ["draft", "submitted", "revision_requested", "approved"] as const;
export const DeliverableStatus = z.enum(DELIVERABLE_STATUSES);
export type DeliverableStatus = z.infer<typeof DeliverableStatus>;

export const DELIVERABLE_ACTIONS = {
  submit: { from: ["draft", "revision_requested"], to: "submitted" },
  request_revision: { from: ["submitted"], to: "revision_requested" },
  approve: { from: ["submitted"], to: "approved" },
  reopen: { from: ["approved"], to: "revision_requested" },
} as const satisfies Record<string, { from: readonly DeliverableStatus[]; to: DeliverableStatus }>;
export type DeliverableAction = keyof typeof DELIVERABLE_ACTIONS;

export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, { id: string; en: string }> = {
  draft: { id: "Draf", en: "Draft" },
  submitted: { id: "Diajukan", en: "Submitted" },
  revision_requested: { id: "Perlu revisi", en: "Revision requested" },
  approved: { id: "Disetujui", en: "Approved" },
};

/** The status a deliverable moves to, or null when the action is not allowed from where it is. */
export function nextDeliverableStatus(current: DeliverableStatus, action: DeliverableAction): DeliverableStatus | null {
  const move = DELIVERABLE_ACTIONS[action];
  return (move.from as readonly DeliverableStatus[]).includes(current) ? move.to : null;
}

export type StageFacts = {
  number: number;
  closedAt: Date | null;
  deliverables: Array<{ required: boolean; status: DeliverableStatus; nameId: string }>;
};

export type GateResult =
  | { ok: true }
  | {
      ok: false;
      code: "stage_already_closed" | "previous_stage_open" | "deliverables_not_approved";
      pending: string[];
    };

/**
 * The Bimtek gate: a stage closes only when every required deliverable is approved,
 * and stage n+1 never before stage n.
 */
export function stageGate(stage: StageFacts, previous: StageFacts | undefined): GateResult {
  if (stage.closedAt) return { ok: false, code: "stage_already_closed", pending: [] };
  if (previous && !previous.closedAt) return { ok: false, code: "previous_stage_open", pending: [] };
  const pending = stage.deliverables.filter((d) => d.required && d.status !== "approved").map((d) => d.nameId);
  if (pending.length) return { ok: false, code: "deliverables_not_approved", pending };
  return { ok: true };
}

// ── Request bodies and response shapes of the Pendampingan API ──────────────────────────

const StageDate = z.iso.date("Tanggal harus berbentuk YYYY-MM-DD");

/** How a Bimtek stage is held. */
export const STAGE_MODES = ["virtual", "in_person", "hybrid"] as const;
export const StageMode = z.enum(STAGE_MODES, "Pilih daring, luring atau hibrida");
export type StageMode = z.infer<typeof StageMode>;

export const STAGE_MODE_LABELS: Record<StageMode, { id: string; en: string }> = {
  virtual: { id: "Daring", en: "Virtual" },
  in_person: { id: "Luring", en: "In person" },
  hybrid: { id: "Hibrida", en: "Hybrid" },
};

type DatePair = [start: string, end: string];
/** Date pairs of a stage whose end may not come before its start. */
export const STAGE_DATE_PAIRS: readonly DatePair[] = [
  ["plannedStart", "plannedEnd"],
  ["actualStart", "actualEnd"],
];

/** Which end dates come before their start (field names), given the merged stage dates. */
export function stageDateErrors(d: Record<string, unknown>): string[] {
  return STAGE_DATE_PAIRS.filter(([a, b]) => {
    const start = d[a];
    const end = d[b];
    return typeof start === "string" && typeof end === "string" && end < start;
  }).map(([, b]) => b);
}

/** Body of changing a stage's dates, mode or venue; null clears a field, absent keeps it. */
export const StageUpdate = z
  .object({
    plannedStart: StageDate.nullish(),
    plannedEnd: StageDate.nullish(),
    actualStart: StageDate.nullish(),
    actualEnd: StageDate.nullish(),
    mode: StageMode.nullish(),
    venue: z.string().trim().max(300, "Tempat maksimal 300 huruf").nullish(),
    version: z.number().int().min(1),
  })
  .superRefine((s, ctx) => {
    for (const field of stageDateErrors(s))
      ctx.addIssue({ code: "custom", path: [field], message: "Tanggal akhir sebelum tanggal mulai" });
  });
export type StageUpdate = z.infer<typeof StageUpdate>;

/** Body of recording a stage's attendance: one row per OPD, each OPD once. */
export const AttendanceInput = z
  .array(
    z.object({
      opdId: z.number().int().positive(),
      participants: z
        .number()
        .int("Jumlah peserta harus bilangan bulat")
        .min(0, "Jumlah peserta tidak boleh negatif")
        .max(500, "Jumlah peserta maksimal 500"),
      attended: z.boolean(),
    }),
  )
  .max(500)
  .superRefine((rows, ctx) => {
    const seen = new Set<number>();
    rows.forEach((r, i) => {
      if (seen.has(r.opdId)) ctx.addIssue({ code: "custom", path: [i, "opdId"], message: "OPD tercantum dua kali" });
      seen.add(r.opdId);
    });
  });
export type AttendanceInput = z.infer<typeof AttendanceInput>;

/** Whether a deliverable's link is an http(s) address or a path inside the platform's masterplan. */
export function isDeliverableLink(value: string): boolean {
  if (value.startsWith("/")) return /^\/masterplan\/[^\s]*$/.test(value) && !value.includes("..");
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Body of changing a deliverable's link or note; null clears. */
export const DeliverableUpdate = z.object({
  link: z
    .string()
    .trim()
    .max(500, "Tautan maksimal 500 karakter")
    .refine(isDeliverableLink, "Tautan harus alamat http(s) atau jalur /masterplan/…")
    .nullish(),
  note: z.string().trim().max(2000, "Catatan maksimal 2000 karakter").nullish(),
  version: z.number().int().min(1),
});
export type DeliverableUpdate = z.infer<typeof DeliverableUpdate>;

export const DeliverableActionName = z.enum(
  Object.keys(DELIVERABLE_ACTIONS) as [DeliverableAction, ...DeliverableAction[]],
  "Tindakan tidak dikenal",
);

/** Actions whose reviewer must say why. */
export const ACTIONS_NEEDING_COMMENT: readonly DeliverableAction[] = ["request_revision", "reopen"];

/** Body of acting on a deliverable; asking for a revision or reopening needs a reason. */
export const DeliverableActionInput = z
  .object({
    action: DeliverableActionName,
    comment: z.string().trim().max(2000, "Komentar maksimal 2000 karakter").optional(),
  })
  .superRefine((a, ctx) => {
    if (ACTIONS_NEEDING_COMMENT.includes(a.action) && (a.comment ?? "").length < 5)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Tuliskan alasannya, minimal 5 huruf" });
  });
export type DeliverableActionInput = z.infer<typeof DeliverableActionInput>;

const FileRef = z.object({ id: z.string(), name: z.string(), size: z.number().int() }).nullable();

/**
 * A masterplan chapter a deliverable covers, and how far it is in the region's current
 * masterplan (the newest one no revision has replaced); `masterplanId` null when the region
 * has no masterplan yet.
 */
export const CoveredChapterOut = z.object({
  chapter: ChapterKey,
  nameId: z.string(),
  nameEn: z.string(),
  masterplanId: z.number().int().nullable(),
  href: z.string().nullable().describe("Alamat bab di aplikasi web, mis. /masterplan/3?tab=visi"),
  complete: z.boolean().nullable().describe("null bila belum ada masterplan"),
  missing: z.array(z.string()).describe("Yang belum lengkap pada bab ini"),
});
export type CoveredChapterOut = z.infer<typeof CoveredChapterOut>;

export const DeliverableOut = z.object({
  id: z.number().int(),
  stageId: z.number().int(),
  template: z.object({ code: z.string(), nameId: z.string(), nameEn: z.string(), required: z.boolean() }),
  status: DeliverableStatus,
  link: z.string().nullable(),
  note: z.string().nullable(),
  file: FileRef,
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
  covers: z.array(CoveredChapterOut).describe("Bab masterplan yang dicakup keluaran ini"),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    request_revision: z.boolean(),
    approve: z.boolean(),
    reopen: z.boolean(),
  }),
});
export type DeliverableOut = z.infer<typeof DeliverableOut>;

export const StageOut = z.object({
  id: z.number().int(),
  candidateId: z.number().int(),
  regionCode: z.string(),
  number: z.number().int(),
  nameId: z.string(),
  nameEn: z.string(),
  focusId: z.string(),
  focusEn: z.string(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  mode: StageMode.nullable(),
  venue: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  version: z.number().int(),
  deliverables: z.array(DeliverableOut),
  attendance: z.array(
    z.object({ opdId: z.number().int(), opdName: z.string(), participants: z.number().int(), attended: z.boolean() }),
  ),
  /** Why the stage cannot close now (`ok: false`), so the page can say it before anyone tries. */
  gate: z.object({ ok: z.boolean(), code: z.string().nullable(), pending: z.array(z.string()) }),
  can: z.object({ update: z.boolean(), close: z.boolean() }),
});
export type StageOut = z.infer<typeof StageOut>;

export const DeliverableReviewOut = z.object({
  id: z.number().int(),
  action: DeliverableActionName,
  comment: z.string().nullable(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type DeliverableReviewOut = z.infer<typeof DeliverableReviewOut>;
