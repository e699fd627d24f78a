import { describe, expect, it } from "vitest";
import type { InstrumentStatus } from "../../domain/instruments/editor";
import type { Actor, Membership, Role } from "../../domain/roles";
import { instrumentPolicy } from "./instrument";

function actor(role: Role, regionCode: string | null = null): Actor {
  const m: Membership = { id: 1, role, regionCode, opdId: null, cohortId: null };
  return { userId: "u1", email: `${role}@x.id`, name: role, memberships: [m] };
}

const OTHERS = [null, actor("assessor"), actor("mentor", "32.79"), actor("region_coordinator", "32.79")];
const admin = actor("national_admin");
const res = (status: InstrumentStatus, inUse = false) => ({ status, inUse });

describe("instrument policy: the program office alone edits readiness instruments", () => {
  it.each([
    ["draft, unused", res("draft"), { create: true, copy: true, update: true, publish: true, retire: false }],
    ["published, unused", res("published"), { create: true, copy: true, update: true, publish: false, retire: true }],
    [
      "published, in use",
      res("published", true),
      { create: true, copy: true, update: false, publish: false, retire: true },
    ],
    ["retired", res("retired", true), { create: true, copy: true, update: false, publish: false, retire: false }],
  ])("national admin on a %s instrument", (_label, instrument, expected) => {
    expect(instrumentPolicy.abilities(admin, instrument)).toEqual(expected);
  });

  it.each(["draft", "published", "retired"] as const)("nobody else may do anything to a %s instrument", (status) => {
    for (const who of OTHERS)
      expect(Object.values(instrumentPolicy.abilities(who, res(status))).some(Boolean)).toBe(false);
  });
});
