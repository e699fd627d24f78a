import { describe, expect, it } from "vitest";
import type { FrameworkStatus } from "../../domain/framework/editor";
import type { Actor, Membership, Role } from "../../domain/roles";
import { frameworkPolicy } from "./framework";

function actor(role: Role, regionCode: string | null = null): Actor {
  const m: Membership = { id: 1, role, regionCode, opdId: null, cohortId: null };
  return { userId: "u1", email: `${role}@x.id`, name: role, memberships: [m] };
}

const OTHERS = [null, actor("assessor"), actor("mentor", "32.79"), actor("region_coordinator", "32.79")];
const admin = actor("national_admin");
const res = (status: FrameworkStatus, inUse = false, isDefault = false) => ({ status, inUse, isDefault });

describe("framework policy: the program office alone edits frameworks", () => {
  it.each([
    ["draft, unused", res("draft"), { create: true, copy: true, update: true, publish: true, retire: false }],
    ["published, unused", res("published"), { create: true, copy: true, update: true, publish: false, retire: true }],
    [
      "published, in use",
      res("published", true),
      { create: true, copy: true, update: false, publish: false, retire: true },
    ],
    [
      "published default",
      res("published", true, true),
      { create: true, copy: true, update: false, publish: false, retire: false },
    ],
    ["retired", res("retired", true), { create: true, copy: true, update: false, publish: false, retire: false }],
  ])("national admin on a %s framework", (_label, fw, expected) => {
    expect(frameworkPolicy.abilities(admin, fw)).toEqual(expected);
  });

  it.each(["draft", "published", "retired"] as const)("nobody else may do anything to a %s framework", (status) => {
    for (const who of OTHERS)
      expect(Object.values(frameworkPolicy.abilities(who, res(status))).some(Boolean)).toBe(false);
  });
});
