import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { NotificationOut } from "../../../domain/notifications";
import type { Db } from "../../db/client";
import { readAll } from "../../db/read-all";
import { notification } from "../../db/schema/index";

type Row = typeof notification.$inferSelect;

/** A notification in the reader's language. */
export function presentNotification(n: Row, language: "id" | "en"): NotificationOut {
  return {
    id: n.id,
    kind: n.kind,
    title: language === "en" ? n.titleEn : n.titleId,
    body: language === "en" ? n.bodyEn : n.bodyId,
    href: n.href,
    regionCode: n.regionCode,
    object: { type: n.objectType, id: n.objectId },
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** The person's own notifications, newest first, with how many are unread. */
export async function listNotifications(
  db: Db,
  opts: { userId: string; unreadOnly: boolean; page: number; pageSize: number },
) {
  const mine = eq(notification.userId, opts.userId);
  const where: SQL | undefined = opts.unreadOnly ? and(mine, isNull(notification.readAt)) : mine;
  const [rows, [total], [unread]] = await readAll(db, [
    db
      .select()
      .from(notification)
      .where(where)
      .orderBy(desc(notification.createdAt), desc(notification.id))
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize),
    db.select({ n: count() }).from(notification).where(where),
    db
      .select({ n: count() })
      .from(notification)
      .where(and(mine, isNull(notification.readAt))),
  ] as const);
  return { rows, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}
