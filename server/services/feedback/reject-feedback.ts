import type { RequestContext } from "../../audit/record";
import type { Db } from "../../db/client";
import type { FeedbackRow } from "./feedback-rows";
import { moderateFeedback } from "./moderate-feedback";

/** Rejects a feedback with a reason the sender reads on their private page (a published one is taken down). */
export function rejectFeedback(
  db: Db,
  opts: { current: FeedbackRow; version: number; reason: string; ctx: RequestContext },
) {
  return moderateFeedback(db, {
    ...opts,
    action: "reject",
    fields: { status: "rejected", rejectReason: opts.reason, moderatedBy: opts.ctx.actor?.userId ?? null },
    audit: { rejectReason: opts.reason },
  });
}
