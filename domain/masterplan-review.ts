import { z } from "zod";
import { SectionKey } from "./masterplan-api";
import { PageQuery } from "./pagination";

// ── Comments ─────────────────────────────────────────────────────────────────────────────

/** What a comment is about; `targetId` is the plan id, the chapter key or the object's id. */
export const COMMENT_TARGETS = ["masterplan", "section", "program", "quick_win", "governance_body"] as const;
export const CommentTarget = z.enum(
  COMMENT_TARGETS,
  "Sasaran komentar: masterplan, section, program, quick_win atau governance_body",
);
export type CommentTarget = z.infer<typeof CommentTarget>;

export const COMMENT_MAX = 4000;

const TargetId = z.string().trim().min(1, "Sasaran komentar wajib diisi").max(200, "Sasaran komentar tidak dikenal");

/** Body of writing a comment; `parentId` makes it a reply in that thread. */
export const CommentCreate = z
  .object({
    targetType: CommentTarget,
    targetId: TargetId,
    body: z
      .string()
      .trim()
      .min(1, "Komentar wajib diisi")
      .max(COMMENT_MAX, `Komentar maksimal ${COMMENT_MAX} karakter`),
    parentId: z.number().int().positive().optional(),
  })
  .superRefine((c, ctx) => {
    const numeric = /^[1-9][0-9]{0,9}$/.test(c.targetId);
    if (c.targetType === "section" && !SectionKey.safeParse(c.targetId).success)
      ctx.addIssue({ code: "custom", path: ["targetId"], message: "Bab tidak dikenal" });
    if (c.targetType !== "section" && !numeric)
      ctx.addIssue({ code: "custom", path: ["targetId"], message: "ID sasaran harus berupa angka" });
  });
export type CommentCreate = z.infer<typeof CommentCreate>;

export const CommentQuery = z
  .object({
    targetType: CommentTarget.optional(),
    targetId: TargetId.optional(),
    resolved: z.enum(["true", "false"]).optional().describe("Hanya utas yang sudah (true) atau belum (false) selesai"),
  })
  .refine((q) => q.targetId === undefined || q.targetType !== undefined, {
    path: ["targetType"],
    message: "targetType wajib bila targetId diisi",
  });

const Person = z.object({ id: z.string(), name: z.string() }).nullable();

export const CommentReplyOut = z.object({
  id: z.number().int(),
  body: z.string(),
  author: Person,
  createdAt: z.string(),
});

export const CommentThreadOut = z.object({
  id: z.number().int(),
  masterplanId: z.number().int(),
  targetType: CommentTarget,
  targetId: z.string(),
  body: z.string(),
  author: Person,
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: Person,
  replies: z.array(CommentReplyOut),
  can: z.object({ reply: z.boolean(), resolve: z.boolean(), reopen: z.boolean() }),
});
export type CommentThreadOut = z.infer<typeof CommentThreadOut>;

// ── History (from the audit trail) ───────────────────────────────────────────────────────

export const HISTORY_ENTITY_TYPES = [
  "masterplan",
  "masterplan_section",
  "program",
  "quick_win",
  "governance_body",
  "comment",
] as const;

export const HistoryQuery = PageQuery.extend({
  entityType: z.enum(HISTORY_ENTITY_TYPES, "Jenis objek tidak dikenal").optional(),
  entityId: z
    .string()
    .max(200)
    .optional()
    .describe('ID objek; untuk bab cukup kuncinya ("vision") atau "<idMasterplan>:<kunci>"'),
}).refine((q) => q.entityId === undefined || q.entityType !== undefined, {
  path: ["entityType"],
  message: "entityType wajib bila entityId diisi",
});
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryEventOut = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ userId: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  fields: z.array(z.string()).describe("Nama kolom yang berubah"),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type HistoryEventOut = z.infer<typeof HistoryEventOut>;

// ── Program import ───────────────────────────────────────────────────────────────────────

/** One problem of an import file: the row as numbered in the sheet (header = 1), the column header, the value. */
export const ImportRowIssue = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportRowIssue = z.infer<typeof ImportRowIssue>;
