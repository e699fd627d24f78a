import { describe, expect, it } from "vitest";
import type { CohortStatus } from "../../domain/cohort";
import type { Actor, Membership, Role } from "../../domain/roles";
import { candidatePolicy, cohortPolicy, deliverablePolicy, stagePolicy } from "./cohort";

const BANJAR = "32.79";
const SOLOK = "13.72";
let n = 1;
function actor(role: Role, regionCode: string | null = null, cohortId: number | null = null): Actor {
  const m: Membership = { id: n++, role, regionCode, opdId: null, cohortId };
  return { userId: `u${m.id}`, email: `${role}${m.id}@x.id`, name: role, memberships: [m] };
}

const PEOPLE = {
  public: null,
  admin: actor("national_admin"),
  assessor2024: actor("assessor", null, 1),
  assessorOther: actor("assessor", null, 2),
  mentorBanjar: actor("mentor", BANJAR),
  mentorSolok: actor("mentor", SOLOK),
  coordinatorBanjar: actor("region_coordinator", BANJAR),
  coordinatorSolok: actor("region_coordinator", SOLOK),
  viewerBanjar: actor("region_viewer", BANJAR),
} as const;
type Who = keyof typeof PEOPLE;
const allowed = (check: (a: Actor | null) => boolean) => (Object.keys(PEOPLE) as Who[]).filter((w) => check(PEOPLE[w]));

const banjarCandidate = (cohortStatus: CohortStatus, status = "invited") => ({
  cohortId: 1,
  regionCode: BANJAR,
  cohortStatus,
  status,
});

describe("cohort policy", () => {
  it("lets only the admin manage, and the cohort's own assessors read everything", () => {
    expect(allowed((a) => cohortPolicy.can(a, "manage", { id: 1, status: "draft" }))).toEqual(["admin"]);
    expect(allowed((a) => cohortPolicy.can(a, "readAll", { id: 1, status: "assessment" }))).toEqual([
      "admin",
      "assessor2024",
    ]);
  });
});

describe("candidate policy: Kota Banjar in cohort 1", () => {
  it.each([
    ["read", "assessment", "invited", ["admin", "assessor2024", "mentorBanjar", "coordinatorBanjar", "viewerBanjar"]],
    ["selfAssess", "assessment", "invited", ["coordinatorBanjar"]],
    ["selfAssess", "selection", "assessed", []],
    ["selfAssess", "assessment", "withdrawn", []],
    ["score", "assessment", "invited", ["assessor2024"]],
    ["score", "selection", "assessed", []],
    ["withdraw", "assessment", "invited", ["admin"]],
    ["withdraw", "mentoring", "selected", []],
    ["recordMou", "mou", "selected", ["admin"]],
    ["recordMou", "mou", "not_selected", []],
  ] as const)("%s while the cohort is in %s and the candidate %s", (action, cohortStatus, status, who) => {
    expect(allowed((a) => candidatePolicy.can(a, action, banjarCandidate(cohortStatus, status)))).toEqual(who);
  });
});

describe("stage and deliverable policies for Kota Banjar", () => {
  it("lets the region read, the coordinator and mentor plan, and the mentor or admin close", () => {
    const s = { regionCode: BANJAR };
    expect(allowed((a) => stagePolicy.can(a, "read", s))).toEqual([
      "admin",
      "mentorBanjar",
      "coordinatorBanjar",
      "viewerBanjar",
    ]);
    expect(allowed((a) => stagePolicy.can(a, "update", s))).toEqual(["admin", "mentorBanjar", "coordinatorBanjar"]);
    expect(allowed((a) => stagePolicy.can(a, "close", s))).toEqual(["admin", "mentorBanjar"]);
  });

  it.each([
    ["submit", "draft", ["coordinatorBanjar"]],
    ["submit", "revision_requested", ["coordinatorBanjar"]],
    ["submit", "approved", []],
    ["approve", "submitted", ["admin", "mentorBanjar"]],
    ["approve", "draft", []],
    ["request_revision", "submitted", ["admin", "mentorBanjar"]],
    ["reopen", "approved", ["admin", "mentorBanjar"]],
    ["edit", "submitted", []],
  ] as const)("%s a %s deliverable", (action, status, who) => {
    expect(allowed((a) => deliverablePolicy.can(a, action, { regionCode: BANJAR, status }))).toEqual(who);
  });
});
