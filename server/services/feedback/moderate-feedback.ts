import { and, eq, sql } from "drizzle-orm";
import { type FeedbackAction, feedbackActionAllowed } from "../../../domain/feedback";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { feedback } from "../../db/schema/index";
import { AppError } from "../../errors";
import { feedbackPolicy } from "../../policies/feedback";
import type { FeedbackRow } from "./feedback-rows";

type Fields = Partial<typeof feedback.$inferInsert>;

/**
 * The one mechanic of every moderation action: who (403), whether the status allows it now
 * (409), the version-checked write (409 with the current row) and its audit event, in one
 * transaction. `also` runs in the same transaction after the write (e.g. queueing a mail).
 */
export async function moderateFeedback(
  db: Db,
  opts: {
    current: FeedbackRow;
    action: FeedbackAction;
    version: number;
    fields: Fields;
    ctx: RequestContext;
    audit?: Record<string, unknown>;
    also?: (tx: Db) => Promise<void>;
  },
) {
  const { current, action, ctx } = opts;
  const handled = current.handledAt !== null;
  feedbackPolicy.authorize(ctx.actor, action, { ...current, handled });
  if (!feedbackActionAllowed(action, current.status, handled))
    throw new AppError("feedback_action_not_allowed", { status: current.status, handled, action });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(feedback)
      .set({ ...opts.fields, version: sql`${feedback.version} + 1`, updatedAt: new Date() })
      .where(and(eq(feedback.id, current.id), eq(feedback.version, opts.version)))
      .returning();
    if (!row) {
      const [now] = await tx
        .select({ version: feedback.version, status: feedback.status })
        .from(feedback)
        .where(eq(feedback.id, current.id));
      throw new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
    }
    await recordAudit(tx, ctx, {
      action: `feedback.${AUDIT_VERB[action]}`,
      entityType: "feedback",
      entityId: row.id,
      regionCode: row.regionCode,
      before: { status: current.status, ...pick(current, Object.keys(opts.audit ?? {})) },
      after: { status: row.status, ...(opts.audit ?? {}) },
    });
    if (opts.also) await opts.also(tx);
    return row;
  });
}

const AUDIT_VERB: Record<FeedbackAction, string> = {
  publish: "published",
  reject: "rejected",
  reply: "replied",
  forward: "forwarded",
  markHandled: "handled",
};

const pick = (row: FeedbackRow, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, (row as unknown as Record<string, unknown>)[k] ?? null]));
