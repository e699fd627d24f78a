import { describe, expect, it } from "vitest";
import type { Actor, Membership, Role } from "../../domain/roles";
import { opdPolicy } from "./opd";
import { auditPolicy, directoryPolicy, membershipPolicy, outboxPolicy, userPolicy } from "./people";

const BANJAR = "32.79";
const SOLOK = "13.72";

let nextId = 1;
function actor(role: Role, regionCode: string | null = null, opdId: number | null = null): Actor {
  const m: Membership = { id: nextId++, role, regionCode, opdId, cohortId: null };
  return { userId: `u${m.id}`, email: `${role}@x.id`, name: role, memberships: [m] };
}

// Each person as the table's rows: the role and where it holds it.
const PEOPLE = {
  public: null,
  admin: actor("national_admin"),
  assessor: actor("assessor"),
  mentorBanjar: actor("mentor", BANJAR),
  coordinatorBanjar: actor("region_coordinator", BANJAR),
  coordinatorSolok: actor("region_coordinator", SOLOK),
  opdBanjar: actor("opd_contributor", BANJAR, 7),
  viewerBanjar: actor("region_viewer", BANJAR),
} as const;
type Who = keyof typeof PEOPLE;

function matrix(check: (a: Actor | null) => boolean): Record<Who, boolean> {
  return Object.fromEntries(Object.entries(PEOPLE).map(([k, a]) => [k, check(a)])) as Record<Who, boolean>;
}

describe("OPD policy on a Kota Banjar OPD", () => {
  const banjarOpd = { regionCode: BANJAR };
  it.each([
    [
      "read",
      {
        public: false,
        admin: true,
        assessor: false,
        mentorBanjar: true,
        coordinatorBanjar: true,
        coordinatorSolok: false,
        opdBanjar: true,
        viewerBanjar: true,
      },
    ],
    [
      "create",
      {
        public: false,
        admin: true,
        assessor: false,
        mentorBanjar: false,
        coordinatorBanjar: true,
        coordinatorSolok: false,
        opdBanjar: false,
        viewerBanjar: false,
      },
    ],
    [
      "update",
      {
        public: false,
        admin: true,
        assessor: false,
        mentorBanjar: false,
        coordinatorBanjar: true,
        coordinatorSolok: false,
        opdBanjar: false,
        viewerBanjar: false,
      },
    ],
  ] as const)("%s", (action, expected) => {
    expect(matrix((a) => opdPolicy.can(a, action, banjarOpd))).toEqual(expected);
  });
});

describe("membership policy: handing out roles", () => {
  it.each([
    [
      "opd_contributor",
      BANJAR,
      { admin: true, coordinatorBanjar: true, coordinatorSolok: false, mentorBanjar: false, opdBanjar: false },
    ],
    [
      "region_viewer",
      BANJAR,
      { admin: true, coordinatorBanjar: true, coordinatorSolok: false, mentorBanjar: false, opdBanjar: false },
    ],
    [
      "region_coordinator",
      BANJAR,
      { admin: true, coordinatorBanjar: false, coordinatorSolok: false, mentorBanjar: false, opdBanjar: false },
    ],
    [
      "mentor",
      BANJAR,
      { admin: true, coordinatorBanjar: false, coordinatorSolok: false, mentorBanjar: false, opdBanjar: false },
    ],
    [
      "national_admin",
      null,
      { admin: true, coordinatorBanjar: false, coordinatorSolok: false, mentorBanjar: false, opdBanjar: false },
    ],
  ] as const)("grant %s in %s", (role, regionCode, expected) => {
    for (const [who, allowed] of Object.entries(expected)) {
      expect([who, membershipPolicy.can(PEOPLE[who as Who], "grant", { role, regionCode })]).toEqual([who, allowed]);
      expect([who, membershipPolicy.can(PEOPLE[who as Who], "revoke", { role, regionCode })]).toEqual([who, allowed]);
    }
    expect(membershipPolicy.can(null, "grant", { role, regionCode })).toBe(false);
  });
});

describe("directory, audit and outbox", () => {
  it("lets the admin see everything and a coordinator only their own region", () => {
    for (const policy of [directoryPolicy, auditPolicy]) {
      expect(matrix((a) => policy.can(a, "list", { regionCode: BANJAR }))).toEqual({
        public: false,
        admin: true,
        assessor: false,
        mentorBanjar: false,
        coordinatorBanjar: true,
        coordinatorSolok: false,
        opdBanjar: false,
        viewerBanjar: false,
      });
      expect(matrix((a) => policy.can(a, "list", { regionCode: null }))).toMatchObject({
        admin: true,
        coordinatorBanjar: false,
      });
    }
  });

  it("keeps the outbox to the national admin", () => {
    expect(matrix((a) => outboxPolicy.can(a, "read", null))).toEqual({
      public: false,
      admin: true,
      assessor: false,
      mentorBanjar: false,
      coordinatorBanjar: false,
      coordinatorSolok: false,
      opdBanjar: false,
      viewerBanjar: false,
    });
  });
});

describe("user policy", () => {
  const admin = PEOPLE.admin;
  it("lets the admin deactivate others but not themself, and activate only inactive accounts", () => {
    expect(userPolicy.can(admin, "deactivate", { id: "someone", active: true })).toBe(true);
    expect(userPolicy.can(admin, "deactivate", { id: admin.userId, active: true })).toBe(false);
    expect(userPolicy.can(admin, "deactivate", { id: "someone", active: false })).toBe(false);
    expect(userPolicy.can(admin, "activate", { id: "someone", active: false })).toBe(true);
    expect(userPolicy.can(admin, "activate", { id: "someone", active: true })).toBe(false);
    expect(userPolicy.can(PEOPLE.coordinatorBanjar, "deactivate", { id: "someone", active: true })).toBe(false);
  });

  it("answers 401 for the public and 403 with a reason code for the signed-in", () => {
    expect(() => userPolicy.authorize(null, "deactivate", { id: "x", active: true })).toThrow(
      expect.objectContaining({ code: "unauthenticated" }),
    );
    expect(() => userPolicy.authorize(PEOPLE.viewerBanjar, "deactivate", { id: "x", active: true })).toThrow(
      expect.objectContaining({ code: "forbidden", details: { reason: "user.deactivate" } }),
    );
  });
});
