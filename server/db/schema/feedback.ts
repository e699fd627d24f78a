import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { opd } from "./access";
import { user } from "./auth";
import { storedFile } from "./cohort";
import { program, quickWin } from "./masterplan";
import { region } from "./region";

/**
 * Citizen feedback (masukan warga) on a program or quick win of an enacted plan. Sent without an
 * account; public only once published. The sender's e-mail and network address are for replies
 * and abuse control only and are erased after the retention period (`personalDataErasedAt`).
 * The private follow link's token is kept only as its SHA-256.
 */
export const feedback = pgTable(
  "feedback",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    programId: integer("program_id").references(() => program.id, { onDelete: "cascade" }),
    quickWinId: integer("quick_win_id").references(() => quickWin.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    body: text("body").notNull(),
    senderName: text("sender_name"),
    senderEmail: text("sender_email"),
    senderIp: text("sender_ip"),
    photoFileId: text("photo_file_id").references(() => storedFile.id, { onDelete: "set null" }),
    followTokenHash: text("follow_token_hash").notNull(),
    status: text("status").notNull().default("pending"),
    rejectReason: text("reject_reason"),
    forwardedOpdId: integer("forwarded_opd_id").references(() => opd.id, { onDelete: "set null" }),
    forwardedAt: timestamp("forwarded_at", { withTimezone: true }),
    replyBody: text("reply_body"),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    repliedBy: text("replied_by").references(() => user.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    moderatedBy: text("moderated_by").references(() => user.id, { onDelete: "set null" }),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    personalDataErasedAt: timestamp("personal_data_erased_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("feedback_follow_token_hash_key").on(t.followTokenHash),
    index("feedback_region_status_idx").on(t.regionCode, t.status, t.createdAt.desc()),
    index("feedback_sender_ip_idx").on(t.senderIp, t.createdAt).where(sql`${t.senderIp} is not null`),
    index("feedback_sender_email_idx").on(t.senderEmail, t.createdAt).where(sql`${t.senderEmail} is not null`),
    index("feedback_program_idx").on(t.programId).where(sql`${t.programId} is not null`),
    index("feedback_quick_win_idx").on(t.quickWinId).where(sql`${t.quickWinId} is not null`),
    index("feedback_erase_idx").on(t.createdAt).where(sql`${t.personalDataErasedAt} is null`),
    check("feedback_category_check", sql`${t.category} in ('question', 'report', 'suggestion')`),
    check("feedback_status_check", sql`${t.status} in ('pending', 'published', 'rejected')`),
    check("feedback_subject_check", sql`(${t.programId} is null) <> (${t.quickWinId} is null)`),
  ],
);
