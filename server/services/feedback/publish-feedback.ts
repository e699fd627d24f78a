import type { RequestContext } from "../../audit/record";
import type { Db } from "../../db/client";
import type { FeedbackRow } from "./feedback-rows";
import { moderateFeedback } from "./moderate-feedback";

/** The coordinator publishes a feedback: from now on it shows on the region's public page. */
export function publishFeedback(db: Db, opts: { current: FeedbackRow; version: number; ctx: RequestContext }) {
  return moderateFeedback(db, {
    ...opts,
    action: "publish",
    fields: { status: "published", publishedAt: new Date(), moderatedBy: opts.ctx.actor?.userId ?? null },
  });
}
