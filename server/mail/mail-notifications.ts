import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { notification, notificationPreference, user } from "../db/schema/index";
import type { Mailer } from "./mailer";
import { notificationMail } from "./notification-mail";

/**
 * E-mails each of these notifications on its own to recipients who chose 'immediate', inside the
 * caller's transaction (a rollback takes the mails with it), and marks them e-mailed so no digest
 * repeats them. Deactivated people, muted kinds and notifications already mailed get nothing; without
 * SMTP nobody does.
 * Returns how many e-mails were queued.
 */
export async function mailNotificationsNow(
  db: Db,
  opts: { notificationIds: readonly number[]; mailer: Mailer; publicUrl: string },
): Promise<number> {
  // Without SMTP nothing would go out: the notifications stay unmailed, read in the app.
  if (opts.notificationIds.length === 0 || !opts.mailer.delivers) return 0;
  const rows = await db
    .select({
      id: notification.id,
      kind: notification.kind,
      titleId: notification.titleId,
      titleEn: notification.titleEn,
      bodyId: notification.bodyId,
      bodyEn: notification.bodyEn,
      href: notification.href,
      createdAt: notification.createdAt,
      email: user.email,
      name: user.name,
      language: user.language,
    })
    .from(notification)
    .innerJoin(user, and(eq(user.id, notification.userId), eq(user.active, true)))
    .leftJoin(notificationPreference, eq(notificationPreference.userId, notification.userId))
    .where(
      and(
        inArray(notification.id, [...opts.notificationIds]),
        isNull(notification.emailedAt),
        sql`coalesce(${notificationPreference.emailMode}, 'daily') = 'immediate'`,
        sql`not (${notification.kind} = any(coalesce(${notificationPreference.mutedKinds}, '{}'::text[])))`,
      ),
    )
    .orderBy(asc(notification.id))
    // A digest running at the same moment must not mail the same notification again.
    .for("update", { of: notification });
  if (rows.length === 0) return 0;
  await opts.mailer.queueAll(
    db,
    rows.map((r) =>
      notificationMail({
        recipient: { email: r.email, name: r.name, language: r.language },
        item: r,
        publicUrl: opts.publicUrl,
      }),
    ),
  );
  await db
    .update(notification)
    .set({ emailedAt: new Date() })
    .where(
      inArray(
        notification.id,
        rows.map((r) => r.id),
      ),
    );
  return rows.length;
}
