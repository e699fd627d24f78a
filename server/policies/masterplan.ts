import type { MasterplanStatus } from "../../domain/masterplan";
import { type Actor, hasRole, inRegion, isMentorOf, isNationalAdmin } from "../../domain/roles";
import { AppError } from "../errors";
import { definePolicy } from "./policy";

/** A plan as the rules see it. */
export type PlanRes = { regionCode: string; status: MasterplanStatus };
/** A program or quick win as the rules see it: its plan's region and status, and the owning OPD. */
export type OwnedRes = PlanRes & { ownerOpdId: number | null };

const coordinator = (actor: Actor, r: PlanRes) => hasRole(actor, "region_coordinator", r.regionCode);
const reviewer = (actor: Actor, r: PlanRes) => isMentorOf(actor, r.regionCode) || isNationalAdmin(actor);
const draft = (r: PlanRes) => r.status === "draft";

/** An OPD contributor of the region whose OPD owns the object. */
export function ownsOpd(actor: Actor, r: { regionCode: string; ownerOpdId: number | null }): boolean {
  return (
    r.ownerOpdId !== null &&
    actor.memberships.some(
      (m) => m.role === "opd_contributor" && m.regionCode === r.regionCode && m.opdId === r.ownerOpdId,
    )
  );
}

/** Members of the region (coordinator, OPD contributor, viewer), its mentor and the admin read everything. */
const read = (actor: Actor, r: { regionCode: string }) =>
  isNationalAdmin(actor) || inRegion(actor, r.regionCode) || isMentorOf(actor, r.regionCode);

/** Starting a region's plan (a revision starts from the enacted plan with `revise`). */
export const regionMasterplanPolicy = definePolicy("masterplan", {
  create: (actor, r: { regionCode: string }) => hasRole(actor, "region_coordinator", r.regionCode),
});

/**
 * The plan: the coordinator drafts it (chapters, governance) and submits it; the region's
 * mentor or the admin returns or approves it; the coordinator or admin enacts it.
 */
export const masterplanPolicy = definePolicy("masterplan", {
  read,
  update: (actor, p: PlanRes) => coordinator(actor, p) && draft(p),
  /** `complete: false` when the completeness checklist still misses something (unknown counts as complete: the service checks again). */
  submit: (actor, p: PlanRes & { complete?: boolean }) => coordinator(actor, p) && draft(p) && p.complete !== false,
  return: (actor, p: PlanRes) => reviewer(actor, p) && p.status === "in_review",
  approve: (actor, p: PlanRes) => reviewer(actor, p) && p.status === "in_review",
  enact: (actor, p: PlanRes) => (coordinator(actor, p) || isNationalAdmin(actor)) && p.status === "approved",
  revise: (actor, p: PlanRes) => coordinator(actor, p) && p.status === "enacted",
  addProgram: (actor, p: PlanRes) =>
    (coordinator(actor, p) || hasRole(actor, "opd_contributor", p.regionCode)) && draft(p),
  /** The signed Perbup/Perwali file, once the plan is approved or enacted. */
  attachPerkada: (actor, p: PlanRes) =>
    (coordinator(actor, p) || isNationalAdmin(actor)) && (p.status === "approved" || p.status === "enacted"),
});

/** Programs (with budgets and action plans) and quick wins: the coordinator, or the owning OPD, while draft. */
export const programPolicy = definePolicy("program", {
  read,
  update: (actor, r: OwnedRes) => (coordinator(actor, r) || ownsOpd(actor, r)) && draft(r),
  delete: (actor, r: OwnedRes) => (coordinator(actor, r) || ownsOpd(actor, r)) && draft(r),
});

export const quickWinPolicy = definePolicy("quick_win", {
  read,
  update: (actor, r: OwnedRes) => (coordinator(actor, r) || ownsOpd(actor, r)) && draft(r),
  delete: (actor, r: OwnedRes) => (coordinator(actor, r) || ownsOpd(actor, r)) && draft(r),
});

/**
 * 403 when the actor may never do this (a viewer editing); 409 `masterplan_locked` when they
 * could in a draft and only the plan's status stands in the way (the coordinator during review).
 */
export function guardDraft(status: MasterplanStatus, canAt: (s: MasterplanStatus) => boolean, authorize: () => void) {
  if (canAt(status)) return;
  if (status !== "draft" && canAt("draft")) throw new AppError("masterplan_locked", { status });
  authorize();
}

/** Editing the plan's own chapters and bodies: 403 unless its coordinator, 409 when only its status stands in the way. */
export function guardPlanUpdate(actor: Actor, res: PlanRes) {
  guardDraft(
    res.status,
    (status) => masterplanPolicy.can(actor, "update", { ...res, status }),
    () => masterplanPolicy.authorize(actor, "update", res),
  );
}

/** A comment thread as the rules see it: its plan's region, its author, whether it is resolved. */
export type CommentRes = { regionCode: string; authorId: string | null; resolved: boolean };

/** Everyone who reads the plan comments, except region viewers, who only read. */
const mayComment = (actor: Actor, r: { regionCode: string }) =>
  isNationalAdmin(actor) ||
  isMentorOf(actor, r.regionCode) ||
  hasRole(actor, "region_coordinator", r.regionCode) ||
  hasRole(actor, "opd_contributor", r.regionCode);

/** The region's coordinator, its mentor or the thread's author closes and reopens a thread. */
const settles = (actor: Actor, r: CommentRes) =>
  hasRole(actor, "region_coordinator", r.regionCode) ||
  isMentorOf(actor, r.regionCode) ||
  (r.authorId !== null && r.authorId === actor.userId);

/** Threaded comments on a plan's objects, in any status of the plan. */
export const commentPolicy = definePolicy("comment", {
  create: (actor, r: { regionCode: string }) => mayComment(actor, r),
  reply: (actor, r: CommentRes) => mayComment(actor, r),
  resolve: (actor, r: CommentRes) => settles(actor, r) && !r.resolved,
  reopen: (actor, r: CommentRes) => settles(actor, r) && r.resolved,
});
