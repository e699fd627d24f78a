import { describe, expect, it } from "vitest";
import { MASTERPLAN_STATUSES, type MasterplanStatus } from "../../domain/masterplan";
import { REALISATION_STATUSES, type RealisationStatus } from "../../domain/monitoring";
import type { Actor, Membership, Role } from "../../domain/roles";
import { indicatorPolicy, programIndicatorPolicy, progressPolicy, realisationPolicy } from "./monitoring";

const BANJAR = "32.79";
const SOLOK = "13.72";
const DISKOMINFO_BANJAR = 11;
const DINKES_BANJAR = 12;
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
  coordinatorBanjar: actor("region_coordinator", BANJAR),
  coordinatorSolok: actor("region_coordinator", SOLOK),
  diskominfoBanjar: actor("opd_contributor", BANJAR, DISKOMINFO_BANJAR),
  dinkesBanjar: actor("opd_contributor", BANJAR, DINKES_BANJAR),
  diskominfoSolok: actor("opd_contributor", SOLOK, 21),
  viewerBanjar: actor("region_viewer", BANJAR),
} as const;
type Who = keyof typeof PEOPLE;
const allowed = (check: (a: Actor | null) => boolean) => (Object.keys(PEOPLE) as Who[]).filter((w) => check(PEOPLE[w]));

// A program of Kota Banjar owned by its Diskominfo.
const owned = (status: MasterplanStatus) => ({ regionCode: BANJAR, status, ownerOpdId: DISKOMINFO_BANJAR });
const READERS: Who[] = [
  "admin",
  "mentorBanjar",
  "coordinatorBanjar",
  "diskominfoBanjar",
  "dinkesBanjar",
  "viewerBanjar",
];
const ENTRANTS: Who[] = ["coordinatorBanjar", "diskominfoBanjar"];

describe("program indicators and progress: role × plan status", () => {
  it.each(MASTERPLAN_STATUSES)("while the plan is %s", (status) => {
    expect(allowed((a) => programIndicatorPolicy.can(a, "read", owned(status)))).toEqual(READERS);
    const targetsOpen = status === "draft" || status === "enacted";
    expect(allowed((a) => programIndicatorPolicy.can(a, "update", owned(status)))).toEqual(targetsOpen ? ENTRANTS : []);
    expect(allowed((a) => progressPolicy.can(a, "update", owned(status)))).toEqual(
      status === "enacted" ? ENTRANTS : [],
    );
    expect(allowed((a) => realisationPolicy.can(a, "enter", owned(status)))).toEqual(
      status === "enacted" ? ENTRANTS : [],
    );
  });

  it("gives a program without an owner OPD to the coordinator alone", () => {
    expect(allowed((a) => progressPolicy.can(a, "update", { ...owned("enacted"), ownerOpdId: null }))).toEqual([
      "coordinatorBanjar",
    ]);
  });
});

describe("realisations: role × realisation status on an enacted plan", () => {
  const MATRIX: Record<string, Partial<Record<RealisationStatus, Who[]>>> = {
    update: { entered: ENTRANTS, returned: ENTRANTS },
    attach: { entered: ENTRANTS, returned: ENTRANTS },
    verify: { entered: ["coordinatorBanjar"] },
    return: { entered: ["coordinatorBanjar"], verified: ["coordinatorBanjar"] },
  };
  for (const [action, byStatus] of Object.entries(MATRIX)) {
    it.each(REALISATION_STATUSES)(`${action} when %s`, (realisationStatus) => {
      const res = { ...owned("enacted"), realisationStatus };
      expect(allowed((a) => realisationPolicy.can(a, action as "update", res))).toEqual(
        byStatus[realisationStatus] ?? [],
      );
      // Nothing moves on a plan that is not enacted.
      expect(allowed((a) => realisationPolicy.can(a, action as "update", { ...res, status: "approved" }))).toEqual([]);
    });
  }
});

describe("indicator catalogue", () => {
  it("national: read by everyone, kept by the admin; regional: read in the region, kept by its coordinator", () => {
    expect(allowed((a) => indicatorPolicy.can(a, "read", { regionCode: null }))).toEqual(
      (Object.keys(PEOPLE) as Who[]).filter((w) => w !== "public"),
    );
    expect(allowed((a) => indicatorPolicy.can(a, "update", { regionCode: null }))).toEqual(["admin"]);
    expect(allowed((a) => indicatorPolicy.can(a, "read", { regionCode: BANJAR }))).toEqual(READERS);
    expect(allowed((a) => indicatorPolicy.can(a, "create", { regionCode: BANJAR }))).toEqual(["coordinatorBanjar"]);
  });
});
