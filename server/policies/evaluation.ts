import type { RoundStatus } from "../../domain/evaluation/round";
import { type Actor, hasRole, inRegion, isNationalAdmin } from "../../domain/roles";
import { AppError } from "../errors";
import { definePolicy } from "./policy";

/** A round as the rules see it: its phase and who is assigned to score it. */
export type RoundRes = { status: RoundStatus; assessorIds: readonly string[] };
/** A region's evaluation in a round. */
export type EvaluationRes = RoundRes & { regionCode: string };

const assigned = (actor: Actor, r: RoundRes) => r.assessorIds.includes(actor.userId);

/**
 * Rounds: the program office runs them; only the assessors assigned to a round score it.
 * Who may see a round at all is decided when it is loaded (admin, its assessors, its
 * regions, and every signed-in user once it is published).
 */
export const roundPolicy = definePolicy("evaluationRound", {
  manage: (actor, _r: RoundRes) => isNationalAdmin(actor),
  /** Every region's progress and score sheets of the round. */
  readAll: (actor, r: RoundRes) => isNationalAdmin(actor) || assigned(actor, r),
  score: (actor, r: RoundRes) => assigned(actor, r) && r.status === "scoring",
});

/**
 * One region's evaluation. Its coordinator writes the self-assessment while the round is
 * open for it; assigned assessors score and record the interview while it is in scoring.
 * Individual score sheets and interview notes stay with the admin and the assessors; the
 * region sees its stored result (items included) once the round is published.
 */
export const evaluationPolicy = definePolicy("evaluation", {
  read: (actor, e: EvaluationRes) => isNationalAdmin(actor) || assigned(actor, e) || inRegion(actor, e.regionCode),
  selfAssess: (actor, e: EvaluationRes) =>
    hasRole(actor, "region_coordinator", e.regionCode) && e.status === "self_assessment",
  score: (actor, e: EvaluationRes) => assigned(actor, e) && e.status === "scoring",
  readScores: (actor, e: EvaluationRes) => isNationalAdmin(actor) || assigned(actor, e),
  readResult: (actor, e: EvaluationRes) =>
    e.status === "published" && (isNationalAdmin(actor) || assigned(actor, e) || inRegion(actor, e.regionCode)),
});

/**
 * Authorizes a phase-bound action: someone who could do it in another phase gets 409
 * `evaluation_locked` (the round is simply not there yet, or past it), anyone else 403.
 */
export function authorizeInPhase(
  actor: Actor | null,
  action: "selfAssess" | "score",
  e: EvaluationRes,
  phase: RoundStatus,
): void {
  if (evaluationPolicy.can(actor, action, e)) return;
  if (evaluationPolicy.can(actor, action, { ...e, status: phase }))
    throw new AppError("evaluation_locked", { status: e.status, needed: phase });
  evaluationPolicy.authorize(actor, action, e);
}
