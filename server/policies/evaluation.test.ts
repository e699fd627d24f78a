import { describe, expect, it } from "vitest";
import { ROUND_STATUSES, type RoundStatus } from "../../domain/evaluation/round";
import type { Actor, Membership, Role } from "../../domain/roles";
import { AppError } from "../errors";
import { authorizeInPhase, evaluationPolicy, roundPolicy } from "./evaluation";

const BANJAR = "32.79";
const SOLOK = "13.72";
let n = 1;
function actor(role: Role, regionCode: string | null = null): Actor {
  const m: Membership = { id: n++, role, regionCode, opdId: null, cohortId: role === "assessor" ? 1 : null };
  return { userId: `u${m.id}`, email: `${role}${m.id}@x.id`, name: role, memberships: [m] };
}

const PEOPLE = {
  public: null,
  admin: actor("national_admin"),
  assigned: actor("assessor"),
  otherAssessor: actor("assessor"),
  mentorBanjar: actor("mentor", BANJAR),
  coordinatorBanjar: actor("region_coordinator", BANJAR),
  coordinatorSolok: actor("region_coordinator", SOLOK),
  viewerBanjar: actor("region_viewer", BANJAR),
} as const;
type Who = keyof typeof PEOPLE;
const allowed = (check: (a: Actor | null) => boolean) => (Object.keys(PEOPLE) as Who[]).filter((w) => check(PEOPLE[w]));
const banjar = (status: RoundStatus) => ({ status, regionCode: BANJAR, assessorIds: [PEOPLE.assigned.userId] });
const REGION: Who[] = ["mentorBanjar", "coordinatorBanjar", "viewerBanjar"];

// Who may do what to Kota Banjar's evaluation, per round phase; absent phases allow nobody.
const MATRIX: Record<string, Partial<Record<RoundStatus, Who[]>>> = {
  read: Object.fromEntries(ROUND_STATUSES.map((s) => [s, ["admin", "assigned", ...REGION]])),
  selfAssess: { self_assessment: ["coordinatorBanjar"] },
  score: { scoring: ["assigned"] },
  readScores: Object.fromEntries(ROUND_STATUSES.map((s) => [s, ["admin", "assigned"]])),
  readResult: { published: ["admin", "assigned", ...REGION] },
};

describe("evaluation policy: role × phase × same/other region", () => {
  for (const [action, byStatus] of Object.entries(MATRIX)) {
    it.each(ROUND_STATUSES)(`${action} while %s`, (status) => {
      expect(allowed((a) => evaluationPolicy.can(a, action as "read", banjar(status)))).toEqual(byStatus[status] ?? []);
    });
  }

  it("lets only the admin manage rounds and only assigned assessors score them", () => {
    const round = { status: "scoring" as const, assessorIds: [PEOPLE.assigned.userId] };
    expect(allowed((a) => roundPolicy.can(a, "manage", round))).toEqual(["admin"]);
    expect(allowed((a) => roundPolicy.can(a, "readAll", round))).toEqual(["admin", "assigned"]);
    expect(allowed((a) => roundPolicy.can(a, "score", round))).toEqual(["assigned"]);
  });

  it("answers 409 to the right person in the wrong phase, 403 to the wrong person", () => {
    const code = (fn: () => void) => {
      try {
        fn();
        return "ok";
      } catch (err) {
        return (err as AppError).code;
      }
    };
    const e = banjar("scoring");
    expect(code(() => authorizeInPhase(PEOPLE.coordinatorBanjar, "selfAssess", e, "self_assessment"))).toBe(
      "evaluation_locked",
    );
    expect(code(() => authorizeInPhase(PEOPLE.viewerBanjar, "selfAssess", e, "self_assessment"))).toBe("forbidden");
    expect(code(() => authorizeInPhase(PEOPLE.assigned, "score", e, "scoring"))).toBe("ok");
    expect(code(() => authorizeInPhase(null, "score", e, "scoring"))).toBe("unauthenticated");
    expect(new AppError("evaluation_locked").status).toBe(409);
  });
});
