import type { z } from "zod";
import type { FeedbackFollowOut, FeedbackQueueItem, PublicFeedbackItem } from "../../domain/feedback";
import { displayRegionName } from "../../domain/regions";
import type { Actor } from "../../domain/roles";
import { feedbackAbilities } from "../policies/feedback";
import type { FeedbackRow } from "../services/feedback/feedback-rows";

const subject = (r: FeedbackRow) => ({
  kind: r.subjectKind,
  id: r.subjectId,
  code: r.subjectCode,
  title: r.subjectTitle,
});
const reply = (r: FeedbackRow) =>
  r.replyBody && r.repliedAt
    ? {
        body: r.replyBody,
        repliedAt: r.repliedAt.toISOString(),
        by: `Pemerintah ${displayRegionName({ name: r.regionName, type: r.regionType })}`,
      }
    : null;

/** A published feedback for anyone: the sender's e-mail, address and the moderators never leave. */
export function presentPublicFeedback(r: FeedbackRow): PublicFeedbackItem {
  return {
    id: r.id,
    category: r.category,
    body: r.body,
    name: r.senderName,
    subject: subject(r),
    photoUrl: r.photoFileId ? `/api/public/feedback/${r.id}/photo` : null,
    sentAt: r.createdAt.toISOString(),
    publishedAt: (r.publishedAt ?? r.createdAt).toISOString(),
    reply: reply(r),
    handled: r.handledAt !== null,
  };
}

/** What the sender reads through the private link. */
export function presentFollowedFeedback(r: FeedbackRow): z.infer<typeof FeedbackFollowOut>["data"] {
  return {
    region: { code: r.regionCode, name: displayRegionName({ name: r.regionName, type: r.regionType }) },
    category: r.category,
    body: r.body,
    subject: subject(r),
    status: r.status,
    rejectReason: r.status === "rejected" ? r.rejectReason : null,
    forwardedTo: r.forwardedOpdName,
    handled: r.handledAt !== null,
    reply: reply(r),
    sentAt: r.createdAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    photo: r.photoFileId !== null,
  };
}

/** A feedback in the moderation queue, with what this person can do to it now. */
export function presentQueuedFeedback(r: FeedbackRow, actor: Actor | null): FeedbackQueueItem {
  const handled = r.handledAt !== null;
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    category: r.category,
    body: r.body,
    name: r.senderName,
    email: r.senderEmail,
    subject: subject(r),
    photoUrl: r.photoFileId ? `/api/feedback/${r.id}/photo` : null,
    sentAt: r.createdAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    rejectReason: r.rejectReason,
    forwardedTo: r.forwardedOpdId !== null ? { id: r.forwardedOpdId, name: r.forwardedOpdName ?? "" } : null,
    reply: reply(r),
    handledAt: r.handledAt?.toISOString() ?? null,
    can: feedbackAbilities(actor, { ...r, handled }),
  };
}
