import { describe, expect, it } from "vitest";
import type { Actor, Membership, Role } from "../../domain/roles";
import { regionEmblemPolicy, resultLetterPolicy } from "./documents";

const BANJAR = "32.79";
const SOLOK = "13.72";

let nextId = 1;
function actor(role: Role, regionCode: string | null = null, cohortId: number | null = null): Actor {
  const m: Membership = { id: nextId++, role, regionCode, opdId: null, cohortId };
  return { userId: `u${m.id}`, email: `${role}@x.id`, name: role, memberships: [m] };
}

const PEOPLE = {
  public: null,
  admin: actor("national_admin"),
  assessor: actor("assessor", null, 1),
  mentorBanjar: actor("mentor", BANJAR),
  coordinatorBanjar: actor("region_coordinator", BANJAR),
  coordinatorSolok: actor("region_coordinator", SOLOK),
  viewerBanjar: actor("region_viewer", BANJAR),
} as const;
type Who = keyof typeof PEOPLE;
const matrix = (check: (a: Actor | null) => boolean) =>
  Object.fromEntries(Object.entries(PEOPLE).map(([k, a]) => [k, check(a)])) as Record<Who, boolean>;

describe("result letter policy (on a cohort already loaded in the actor's scope)", () => {
  it("lets everyone who sees the cohort download the announced letter, the public nothing", () => {
    expect(matrix((a) => resultLetterPolicy.can(a, "download", { published: true }))).toEqual({
      public: false,
      admin: true,
      assessor: true,
      mentorBanjar: true,
      coordinatorBanjar: true,
      coordinatorSolok: true,
      viewerBanjar: true,
    });
  });

  it("keeps the draft of an unannounced selection to the program office", () => {
    expect(matrix((a) => resultLetterPolicy.can(a, "download", { published: false }))).toEqual({
      public: false,
      admin: true,
      assessor: false,
      mentorBanjar: false,
      coordinatorBanjar: false,
      coordinatorSolok: false,
      viewerBanjar: false,
    });
  });
});

describe("region emblem policy on Kota Banjar", () => {
  it("lets Banjar's coordinator and the admin set it", () => {
    expect(matrix((a) => regionEmblemPolicy.can(a, "update", { regionCode: BANJAR }))).toEqual({
      public: false,
      admin: true,
      assessor: false,
      mentorBanjar: false,
      coordinatorBanjar: true,
      coordinatorSolok: false,
      viewerBanjar: false,
    });
  });
});
