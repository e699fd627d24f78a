import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { masterplan } from "./masterplan";

/** What a comment is about: the plan, a chapter (by key), a program, a quick win or a governance body. */
export const COMMENT_TARGET_TYPES = ["masterplan", "section", "program", "quick_win", "governance_body"] as const;

/**
 * A threaded comment on a masterplan object. A thread is a comment without parent; replies
 * point at the thread. Resolving and reopening apply to the thread.
 */
export const comment = pgTable(
  "comment",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    masterplanId: integer("masterplan_id")
      .notNull()
      .references(() => masterplan.id, { onDelete: "cascade" }),
    targetType: text("target_type", { enum: COMMENT_TARGET_TYPES }).notNull(),
    // The plan id, the section key ("vision", "element:…") or the object's id, as text.
    targetId: text("target_id").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => comment.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("comment_target_idx").on(t.masterplanId, t.targetType, t.targetId),
    index("comment_parent_idx").on(t.parentId),
    check("comment_body_check", sql`char_length(${t.body}) between 1 and 4000`),
  ],
);
