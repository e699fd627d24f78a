import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { region } from "./region";

/** A region's perangkat daerah (agencies). */
export const opd = pgTable(
  "opd",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    name: text("name").notNull(),
    abbreviation: text("abbreviation").notNull(),
    kind: text("kind", { enum: ["dinas", "badan", "sekretariat", "inspektorat", "kecamatan", "lainnya"] }).notNull(),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("opd_region_abbreviation_key").on(t.regionCode, t.abbreviation)],
);

/** A role a user holds in a scope: national, a cohort, a region or one OPD of a region. */
export const membership = pgTable(
  "membership",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role", {
      enum: ["national_admin", "assessor", "mentor", "region_coordinator", "opd_contributor", "region_viewer"],
    }).notNull(),
    regionCode: text("region_code").references(() => region.code),
    opdId: integer("opd_id").references(() => opd.id),
    // Cohorts arrive with the cohort module; the foreign key is added then.
    cohortId: integer("cohort_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    unique("membership_scope_key").on(t.userId, t.role, t.regionCode, t.opdId, t.cohortId).nullsNotDistinct(),
    index("membership_region_idx").on(t.regionCode),
  ],
);

/** An invitation link: the token is kept only as a hash. No e-mail means the first admin's set-up link. */
export const invitation = pgTable(
  "invitation",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email"),
    name: text("name"),
    role: text("role", {
      enum: ["national_admin", "assessor", "mentor", "region_coordinator", "opd_contributor", "region_viewer"],
    }).notNull(),
    regionCode: text("region_code").references(() => region.code),
    opdId: integer("opd_id").references(() => opd.id),
    cohortId: integer("cohort_id"),
    invitedBy: text("invited_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("invitation_region_idx").on(t.regionCode)],
);

/** Every mutation, written in the same transaction. Rows can't be changed: a trigger refuses it. */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text("actor_user_id"),
    actorEmail: text("actor_email"),
    actorRoles: text("actor_roles"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    regionCode: text("region_code"),
    changes: jsonb("changes"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_event_at_idx").on(t.at),
    index("audit_event_region_at_idx").on(t.regionCode, t.at),
    index("audit_event_entity_idx").on(t.entityType, t.entityId),
    index("audit_event_actor_idx").on(t.actorUserId),
  ],
);

/** E-mails: kept here always, and sent through SMTP when SMTP_URL is set. */
export const outboxMessage = pgTable(
  "outbox_message",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    // The same message as HTML, for the kinds that have one (notifications, digests).
    html: text("html"),
    kind: text("kind").notNull(),
    // queued until SMTP accepts it (sent) or every retry failed (failed, with the last error).
    status: text("status", { enum: ["queued", "sent", "failed"] })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    error: text("error"),
  },
  (t) => [
    index("outbox_message_created_idx").on(t.createdAt),
    index("outbox_message_queued_idx").on(t.id).where(sql`${t.status} = 'queued'`),
    check(
      "outbox_message_kind_check",
      sql`${t.kind} in ('invitation', 'password_reset', 'notification', 'digest', 'feedback', 'other')`,
    ),
    check("outbox_message_status_check", sql`${t.status} in ('queued', 'sent', 'failed')`),
  ],
);
