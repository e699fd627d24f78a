import type { CohortStatus } from "../../domain/cohort";
import { hasRole, inRegion, isAssessorOf, isMentorOf, isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

type CohortRes = { id: number; status: CohortStatus };
type CandidateRes = { cohortId: number; regionCode: string; cohortStatus: CohortStatus; status: string };

/** The program office runs cohorts; assessors and candidate regions read them. */
export const cohortPolicy = definePolicy("cohort", {
  manage: (actor, _c: CohortRes) => isNationalAdmin(actor),
  readAll: (actor, c: CohortRes) => isNationalAdmin(actor) || isAssessorOf(actor, c.id),
});

/** A candidate region: its own people fill the self-assessment, the cohort's assessors score it. */
export const candidatePolicy = definePolicy("candidate", {
  read: (actor, c: CandidateRes) =>
    isNationalAdmin(actor) || isAssessorOf(actor, c.cohortId) || inRegion(actor, c.regionCode),
  selfAssess: (actor, c: CandidateRes) =>
    hasRole(actor, "region_coordinator", c.regionCode) && c.cohortStatus === "assessment" && c.status !== "withdrawn",
  score: (actor, c: CandidateRes) =>
    isAssessorOf(actor, c.cohortId) && c.cohortStatus === "assessment" && c.status !== "withdrawn",
  withdraw: (actor, c: CandidateRes) =>
    isNationalAdmin(actor) && ["draft", "assessment", "selection"].includes(c.cohortStatus) && c.status !== "withdrawn",
  recordMou: (actor, c: CandidateRes) => isNationalAdmin(actor) && c.status === "selected",
});

type StageRes = { regionCode: string };

/** Bimtek stages: the region and its mentor plan them, the mentor (or the admin) closes them. */
export const stagePolicy = definePolicy("stage", {
  read: (actor, s: StageRes) => isNationalAdmin(actor) || inRegion(actor, s.regionCode),
  update: (actor, s: StageRes) =>
    isNationalAdmin(actor) || hasRole(actor, "region_coordinator", s.regionCode) || isMentorOf(actor, s.regionCode),
  close: (actor, s: StageRes) => isNationalAdmin(actor) || isMentorOf(actor, s.regionCode),
});

type DeliverableRes = { regionCode: string; status: string };

/** Deliverables: the coordinator prepares and submits; the region's mentor reviews and approves. */
export const deliverablePolicy = definePolicy("deliverable", {
  edit: (actor, d: DeliverableRes) =>
    hasRole(actor, "region_coordinator", d.regionCode) && ["draft", "revision_requested"].includes(d.status),
  submit: (actor, d: DeliverableRes) =>
    hasRole(actor, "region_coordinator", d.regionCode) && ["draft", "revision_requested"].includes(d.status),
  request_revision: (actor, d: DeliverableRes) =>
    (isMentorOf(actor, d.regionCode) || isNationalAdmin(actor)) && d.status === "submitted",
  approve: (actor, d: DeliverableRes) =>
    (isMentorOf(actor, d.regionCode) || isNationalAdmin(actor)) && d.status === "submitted",
  reopen: (actor, d: DeliverableRes) =>
    (isMentorOf(actor, d.regionCode) || isNationalAdmin(actor)) && d.status === "approved",
});
