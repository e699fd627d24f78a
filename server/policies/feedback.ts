import { type FeedbackAction, type FeedbackStatus, feedbackActionAllowed } from "../../domain/feedback";
import { type Actor, hasRole, isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

/** A feedback as the policy sees it. */
export type FeedbackResource = {
  regionCode: string;
  status: FeedbackStatus;
  handled: boolean;
  forwardedOpdId: number | null;
};

const coordinator = (a: Actor, f: { regionCode: string }) => hasRole(a, "region_coordinator", f.regionCode);
const ofForwardedOpd = (a: Actor, f: { forwardedOpdId: number | null }) =>
  f.forwardedOpdId !== null && a.memberships.some((m) => m.role === "opd_contributor" && m.opdId === f.forwardedOpdId);

/**
 * Who moderates citizen feedback: the region's coordinator speaks for the region (publish, reject,
 * reply, forward); the OPD it was forwarded to may mark it handled; the program office may take
 * down abuse anywhere. Whether the status allows it now is the 409 guard, not the policy.
 */
export const feedbackPolicy = definePolicy("feedback", {
  publish: (a, f: FeedbackResource) => coordinator(a, f),
  reject: (a, f: FeedbackResource) => coordinator(a, f) || isNationalAdmin(a),
  reply: (a, f: FeedbackResource) => coordinator(a, f),
  forward: (a, f: FeedbackResource) => coordinator(a, f),
  markHandled: (a, f: FeedbackResource) => coordinator(a, f) || ofForwardedOpd(a, f),
});

/** The region's moderation queue: its coordinators and viewers, the program office; OPD staff see what was forwarded to them. */
export const feedbackQueuePolicy = definePolicy("feedbackQueue", {
  list: (a, r: { regionCode: string }) =>
    isNationalAdmin(a) ||
    hasRole(a, "region_coordinator", r.regionCode) ||
    hasRole(a, "region_viewer", r.regionCode) ||
    hasRole(a, "opd_contributor", r.regionCode),
});

/** The `can` of a feedback: allowed for this person and possible in its status now. */
export function feedbackAbilities(actor: Actor | null, f: FeedbackResource): Record<FeedbackAction, boolean> {
  const who = feedbackPolicy.abilities(actor, f);
  return Object.fromEntries(
    (Object.keys(who) as FeedbackAction[]).map((a) => [a, who[a] && feedbackActionAllowed(a, f.status, f.handled)]),
  ) as Record<FeedbackAction, boolean>;
}
