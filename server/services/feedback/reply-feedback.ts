import { displayRegionName } from "../../../domain/regions";
import type { RequestContext } from "../../audit/record";
import type { Db } from "../../db/client";
import { feedbackRepliedMail } from "../../mail/feedback-mail";
import type { FeedbackRow } from "./feedback-rows";
import { moderateFeedback } from "./moderate-feedback";

/**
 * The coordinator answers as the region (a new answer replaces the previous one). The sender is
 * told by e-mail when they left an address; the answer is public once the feedback is published.
 */
export async function replyFeedback(
  db: Db,
  opts: { current: FeedbackRow; version: number; body: string; ctx: RequestContext },
) {
  const { current, ctx } = opts;
  let mailId: number | undefined;
  const row = await moderateFeedback(db, {
    ...opts,
    action: "reply",
    fields: { replyBody: opts.body, repliedAt: new Date(), repliedBy: ctx.actor?.userId ?? null },
    audit: { replyBody: opts.body },
    also: async (tx) => {
      if (!current.senderEmail || !ctx.mail) return;
      mailId = await ctx.mail.mailer.queue(
        tx,
        feedbackRepliedMail({
          to: current.senderEmail,
          regionName: `Pemerintah ${displayRegionName({ name: current.regionName, type: current.regionType })}`,
          subject: current.subjectTitle,
          reply: opts.body,
        }),
      );
    },
  });
  if (mailId !== undefined && ctx.mail) await ctx.mail.mailer.deliver(db, mailId);
  return row;
}
