import { COHORT_TRANSITIONS, type CohortStatus } from "../../domain/cohort";
import type { CandidateOut, CohortOut } from "../../domain/cohort-api";
import { displayRegionName } from "../../domain/regions";
import type { Actor } from "../../domain/roles";
import { candidatePolicy, cohortPolicy } from "../policies/cohort";
import type { CandidateListRow } from "../services/cohorts/list-candidates";
import type { CohortRow } from "../services/cohorts/load";

export function presentCohort(
  actor: Actor | null,
  c: CohortRow,
  counts: CohortOut["counts"] = { candidates: 0, selected: 0, withdrawn: 0 },
): CohortOut {
  const manage = cohortPolicy.can(actor, "manage", c);
  return {
    id: c.id,
    year: c.year,
    name: c.name,
    quota: c.quota,
    frameworkId: c.frameworkId,
    instrumentId: c.instrumentId,
    status: c.status,
    plan: c.plan,
    resultLetterNumber: c.resultLetterNumber,
    resultLetterDate: c.resultLetterDate,
    resultLetterSignatoryName: c.resultLetterSignatoryName,
    resultLetterSignatoryNip: c.resultLetterSignatoryNip,
    selectionPublishedAt: c.selectionPublishedAt?.toISOString() ?? null,
    version: c.version,
    counts,
    // A published selection can no longer be reopened: do not offer the move back.
    nextStatuses: manage
      ? COHORT_TRANSITIONS[c.status].filter((to) => !(to === "assessment" && c.selectionPublishedAt))
      : [],
    can: cohortPolicy.abilities(actor, c),
  };
}

export function presentCandidate(actor: Actor | null, r: CandidateListRow, cohortStatus: CohortStatus): CandidateOut {
  const c = r.candidate;
  return {
    id: c.id,
    cohortId: c.cohortId,
    regionCode: c.regionCode,
    regionName: displayRegionName({ name: r.regionName, type: r.regionType }),
    regionType: r.regionType,
    provinceName: r.provinceName,
    status: c.status,
    invitedAt: c.invitedAt.toISOString(),
    selectionReason: c.selectionReason,
    withdrawnReason: c.withdrawnReason,
    can: candidatePolicy.abilities(actor, {
      cohortId: c.cohortId,
      regionCode: c.regionCode,
      cohortStatus,
      status: c.status,
    }),
  };
}
