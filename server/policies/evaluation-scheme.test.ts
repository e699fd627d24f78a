import { describe, expect, it } from "vitest";
import type { SchemeStatus } from "../../domain/evaluation/scheme-editor";
import type { Actor, Membership, Role } from "../../domain/roles";
import { schemePolicy } from "./evaluation-scheme";

function actor(role: Role, regionCode: string | null = null): Actor {
  const m: Membership = { id: 1, role, regionCode, opdId: null, cohortId: null };
  return { userId: "u1", email: `${role}@x.id`, name: role, memberships: [m] };
}

const OTHERS = [null, actor("assessor"), actor("mentor", "32.79"), actor("region_coordinator", "32.79")];
const admin = actor("national_admin");
const res = (status: SchemeStatus, inUse = false) => ({ status, inUse });

describe("evaluation scheme policy: the program office alone edits schemes", () => {
  it.each([
    ["draft, unused", res("draft"), { create: true, copy: true, update: true, publish: true, retire: false }],
    ["published, unused", res("published"), { create: true, copy: true, update: true, publish: false, retire: true }],
    [
      "published, used by a round",
      res("published", true),
      { create: true, copy: true, update: false, publish: false, retire: true },
    ],
    ["retired", res("retired", true), { create: true, copy: true, update: false, publish: false, retire: false }],
  ])("national admin on a %s scheme", (_label, s, expected) => {
    expect(schemePolicy.abilities(admin, s)).toEqual(expected);
  });

  it.each(["draft", "published", "retired"] as const)("nobody else may do anything to a %s scheme", (status) => {
    for (const who of OTHERS) expect(Object.values(schemePolicy.abilities(who, res(status))).some(Boolean)).toBe(false);
  });
});
