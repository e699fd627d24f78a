import type { RequestContext } from "../../audit/record";
import type { Db } from "../../db/client";
import type { FeedbackRow } from "./feedback-rows";
import { moderateFeedback } from "./moderate-feedback";

/** Closes a feedback as handled (by the coordinator, or by the OPD it was forwarded to). */
export function markFeedbackHandled(db: Db, opts: { current: FeedbackRow; version: number; ctx: RequestContext }) {
  const at = new Date();
  return moderateFeedback(db, {
    ...opts,
    action: "markHandled",
    fields: { handledAt: at },
    audit: { handledAt: at.toISOString() },
  });
}
