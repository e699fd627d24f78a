import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, unique } from "drizzle-orm/pg-core";
import { user } from "./auth";

/**
 * Something that happened that a person should know: written in the same transaction as the
 * change (rolled back with it), read in the app, and mailed at once or in a digest according to
 * the person's preference. `dedupeKey` keeps a reminder from being written twice.
 */
export const notification = pgTable(
  "notification",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    titleId: text("title_id").notNull(),
    titleEn: text("title_en").notNull(),
    bodyId: text("body_id").notNull().default(""),
    bodyEn: text("body_en").notNull().default(""),
    // The web path where the person acts on it.
    href: text("href").notNull(),
    regionCode: text("region_code"),
    objectType: text("object_type").notNull(),
    objectId: text("object_id").notNull(),
    actorUserId: text("actor_user_id"),
    auditEventId: bigint("audit_event_id", { mode: "number" }),
    dedupeKey: text("dedupe_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    // When it went out by e-mail (alone or in a digest); null while it still waits for one.
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
  },
  (t) => [
    index("notification_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc()),
    index("notification_user_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    index("notification_unmailed_idx").on(t.userId).where(sql`${t.emailedAt} is null`),
    unique("notification_user_dedupe_key").on(t.userId, t.dedupeKey),
  ],
);

export const EMAIL_MODES = ["immediate", "daily", "weekly", "none"] as const;

/** How a person wants to hear: e-mail at once, in a daily (default) or weekly digest, or not at all. */
export const notificationPreference = pgTable(
  "notification_preference",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    emailMode: text("email_mode", { enum: EMAIL_MODES }).notNull().default("daily"),
    // Non-critical kinds the person switched off (in the app and by e-mail).
    mutedKinds: text("muted_kinds").array().notNull().default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("notification_preference_mode_check", sql`${t.emailMode} in ('immediate', 'daily', 'weekly', 'none')`)],
);

/**
 * One digest per person and period ("daily:2026-12-08"): the row is taken before the mail is
 * written, so two server instances running the same digest send it once.
 */
export const digestRun = pgTable(
  "digest_run",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    items: integer("items").notNull(),
    outboxMessageId: integer("outbox_message_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "digest_run_pk", columns: [t.userId, t.period] })],
);
