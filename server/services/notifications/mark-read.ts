import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notification } from "../../db/schema/index";
import { AppError } from "../../errors";

// Read marks are the reader's own view state, not program data: they are not written to the
// audit trail (one event per click would bury the changes the trail is for).

/** Marks one of the person's notifications read; another person's is simply not found (404). */
export async function markNotificationRead(db: Db, opts: { userId: string; id: number }) {
  const [row] = await db
    .update(notification)
    .set({ readAt: sql`coalesce(${notification.readAt}, now())` })
    .where(and(eq(notification.id, opts.id), eq(notification.userId, opts.userId)))
    .returning();
  if (!row) throw new AppError("notification_not_found", { id: opts.id });
  return row;
}

/** Marks every unread notification of the person read; returns how many changed. */
export async function markAllNotificationsRead(db: Db, opts: { userId: string }) {
  const rows = await db
    .update(notification)
    .set({ readAt: new Date() })
    .where(and(eq(notification.userId, opts.userId), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return rows.length;
}
