import { eq, sql } from "drizzle-orm";
import type { EmailMode, NotificationKind, NotificationPreferences } from "../../../domain/notifications";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { notificationPreference } from "../../db/schema/index";
import { AppError } from "../../errors";

export type PreferencesOut = { emailMode: EmailMode; mutedKinds: NotificationKind[]; version: number };

/** The person's preferences; the defaults (daily digest, nothing muted) until they change them. */
export async function getPreferences(db: Db, userId: string): Promise<PreferencesOut> {
  const [row] = await db.select().from(notificationPreference).where(eq(notificationPreference.userId, userId));
  return row
    ? { emailMode: row.emailMode, mutedKinds: row.mutedKinds as NotificationKind[], version: row.version }
    : { emailMode: "daily", mutedKinds: [], version: 1 };
}

/**
 * Saves the preferences if `version` is still the stored one (1 for the defaults), else 409 with
 * what is stored now. Audited like any change.
 */
export async function savePreferences(
  db: Db,
  opts: { userId: string; input: NotificationPreferences & { version: number }; ctx: RequestContext },
): Promise<PreferencesOut> {
  const { emailMode, version } = opts.input;
  const mutedKinds = [...new Set(opts.input.mutedKinds)].sort();
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .select()
      .from(notificationPreference)
      .where(eq(notificationPreference.userId, opts.userId))
      .for("update");
    const before = await getPreferences(tx, opts.userId);
    if (before.version !== version)
      throw new AppError("version_conflict", { currentVersion: before.version, current: before });
    const [row] = stored
      ? await tx
          .update(notificationPreference)
          .set({ emailMode, mutedKinds, version: sql`${notificationPreference.version} + 1`, updatedAt: new Date() })
          .where(eq(notificationPreference.userId, opts.userId))
          .returning()
      : // Two first saves at once: the second insert finds the row and is a conflict, not a silent overwrite.
        await tx
          .insert(notificationPreference)
          .values({ userId: opts.userId, emailMode, mutedKinds, version: 2 })
          .onConflictDoNothing()
          .returning();
    if (!row) throw new AppError("version_conflict", { currentVersion: before.version + 1, current: null });
    await recordAudit(tx, opts.ctx, {
      action: "notification_preference.updated",
      entityType: "user",
      entityId: opts.userId,
      before: { emailMode: before.emailMode, mutedKinds: before.mutedKinds },
      after: { emailMode: row.emailMode, mutedKinds: row.mutedKinds },
    });
    return { emailMode: row.emailMode, mutedKinds: row.mutedKinds as NotificationKind[], version: row.version };
  });
}
