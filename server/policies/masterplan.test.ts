import { describe, expect, it } from "vitest";
import { MASTERPLAN_STATUSES, type MasterplanStatus } from "../../domain/masterplan";
import type { Actor, Membership, Role } from "../../domain/roles";
import { masterplanPolicy, programPolicy, quickWinPolicy } from "./masterplan";

const BANJAR = "32.79";
const SOLOK = "13.72";
const DISKOMINFO_BANJAR = 11;
const DINKES_BANJAR = 12;
const DISKOMINFO_SOLOK = 21;
let n = 1;
function actor(role: Role, regionCode: string | null = null, opdId: number | null = null): Actor {
  const m: Membership = { id: n++, role, regionCode, opdId, cohortId: role === "assessor" ? 1 : null };
  return { userId: `u${m.id}`, email: `${role}${m.id}@x.id`, name: role, memberships: [m] };
}

const PEOPLE = {
  public: null,
  admin: actor("national_admin"),
  assessor: actor("assessor"),
  mentorBanjar: actor("mentor", BANJAR),
  mentorSolok: actor("mentor", SOLOK),
  coordinatorBanjar: actor("region_coordinator", BANJAR),
  coordinatorSolok: actor("region_coordinator", SOLOK),
  diskominfoBanjar: actor("opd_contributor", BANJAR, DISKOMINFO_BANJAR),
  dinkesBanjar: actor("opd_contributor", BANJAR, DINKES_BANJAR),
  diskominfoSolok: actor("opd_contributor", SOLOK, DISKOMINFO_SOLOK),
  viewerBanjar: actor("region_viewer", BANJAR),
} as const;
type Who = keyof typeof PEOPLE;
const allowed = (check: (a: Actor | null) => boolean) => (Object.keys(PEOPLE) as Who[]).filter((w) => check(PEOPLE[w]));

const plan = (status: MasterplanStatus) => ({ regionCode: BANJAR, status });
const READERS: Who[] = [
  "admin",
  "mentorBanjar",
  "coordinatorBanjar",
  "diskominfoBanjar",
  "dinkesBanjar",
  "viewerBanjar",
];

// Who may do what to Kota Banjar's plan, per status; absent statuses allow nobody.
const PLAN_MATRIX: Record<string, Partial<Record<MasterplanStatus, Who[]>>> = {
  read: { draft: READERS, in_review: READERS, approved: READERS, enacted: READERS },
  update: { draft: ["coordinatorBanjar"] },
  submit: { draft: ["coordinatorBanjar"] },
  return: { in_review: ["admin", "mentorBanjar"] },
  approve: { in_review: ["admin", "mentorBanjar"] },
  enact: { approved: ["admin", "coordinatorBanjar"] },
  revise: { enacted: ["coordinatorBanjar"] },
  addProgram: { draft: ["coordinatorBanjar", "diskominfoBanjar", "dinkesBanjar"] },
};

describe("masterplan policy: role × status × same/other region", () => {
  for (const [action, byStatus] of Object.entries(PLAN_MATRIX)) {
    it.each(MASTERPLAN_STATUSES)(`${action} while %s`, (status) => {
      expect(
        allowed((a) => masterplanPolicy.can(a, action as keyof typeof PLAN_MATRIX & "read", plan(status))),
      ).toEqual(byStatus[status] ?? []);
    });
  }
});

describe("submitting an incomplete plan", () => {
  it("is refused to everyone while the checklist misses something, and allowed to the coordinator once complete", () => {
    for (const status of MASTERPLAN_STATUSES) {
      expect(allowed((a) => masterplanPolicy.can(a, "submit", { ...plan(status), complete: false }))).toEqual([]);
      expect(allowed((a) => masterplanPolicy.can(a, "submit", { ...plan(status), complete: true }))).toEqual(
        status === "draft" ? ["coordinatorBanjar"] : [],
      );
    }
  });
});

describe("program and quick-win policy: own OPD × other OPD × other region", () => {
  const owned = (status: MasterplanStatus, ownerOpdId: number | null) => ({ regionCode: BANJAR, status, ownerOpdId });
  it.each([
    ["draft", DISKOMINFO_BANJAR, ["coordinatorBanjar", "diskominfoBanjar"]],
    ["draft", DINKES_BANJAR, ["coordinatorBanjar", "dinkesBanjar"]],
    // A program without an owner is the coordinator's alone; Solok's OPD with the same id never counts.
    ["draft", null, ["coordinatorBanjar"]],
    ["draft", DISKOMINFO_SOLOK, ["coordinatorBanjar"]],
    ["in_review", DISKOMINFO_BANJAR, []],
    ["approved", DISKOMINFO_BANJAR, []],
    ["enacted", DISKOMINFO_BANJAR, []],
  ] as const)("update/delete while %s, owned by OPD %s", (status, ownerOpdId, who) => {
    for (const p of [programPolicy, quickWinPolicy]) {
      expect(allowed((a) => p.can(a, "update", owned(status, ownerOpdId)))).toEqual(who);
      expect(allowed((a) => p.can(a, "delete", owned(status, ownerOpdId)))).toEqual(who);
    }
  });
  it("lets every reader of the region read programs, whatever OPD owns them", () => {
    expect(allowed((a) => programPolicy.can(a, "read", owned("draft", DINKES_BANJAR)))).toEqual(READERS);
  });
  it("does not let an OPD contributor of Solok touch Banjar's program owned by an OPD of the same id", () => {
    const solokContributorWithBanjarId = actor("opd_contributor", SOLOK, DISKOMINFO_BANJAR);
    expect(programPolicy.can(solokContributorWithBanjarId, "update", owned("draft", DISKOMINFO_BANJAR))).toBe(false);
  });
});
