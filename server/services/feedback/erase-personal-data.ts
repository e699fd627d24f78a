import { sql } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

/**
 * Erases the e-mail and network address of every sender whose feedback is older than the
 * retention period; the text, the moderation and the follow link stay. One audit event tells
 * how many, never whose. Returns the number of feedback erased.
 */
export async function eraseFeedbackPersonalData(
  db: Db,
  opts: { retentionDays: number; now?: Date; ctx: RequestContext },
): Promise<number> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const rows = await queryRows<{ id: number }>(
      tx,
      sql`update feedback set sender_email = null, sender_ip = null, personal_data_erased_at = ${now.toISOString()}::timestamptz
          where personal_data_erased_at is null
            and created_at < ${now.toISOString()}::timestamptz - make_interval(days => ${opts.retentionDays})
          returning id`,
    );
    if (rows.length > 0)
      await recordAudit(tx, opts.ctx, {
        action: "feedback.personal_data_erased",
        entityType: "feedback",
        entityId: null,
        after: { count: rows.length, retentionDays: opts.retentionDays },
      });
    return rows.length;
  });
}
