import { describe, expect, it } from "vitest";
import {
  COHORT_STATUSES,
  COHORT_TRANSITIONS,
  CohortCreate,
  canTransition,
  parseRegionCodeList,
  transitionBlocker,
} from "./cohort";

const facts = { candidates: 12, selectionPublished: false, selected: 10, mouSigned: 0 };

describe("cohort transitions", () => {
  it("moves forward one phase at a time and never out of closed", () => {
    expect(canTransition("draft", "assessment")).toBe(true);
    expect(canTransition("draft", "selection")).toBe(false);
    expect(canTransition("mentoring", "completed")).toBe(true);
    expect(COHORT_TRANSITIONS.closed).toEqual([]);
    for (const s of COHORT_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it("names what blocks a move", () => {
    expect(transitionBlocker("draft", "assessment", { ...facts, candidates: 0 })).toBe("no_candidates");
    expect(transitionBlocker("draft", "mou", facts)).toBe("transition_not_allowed");
    expect(transitionBlocker("selection", "mou", facts)).toBe("selection_not_published");
    expect(transitionBlocker("selection", "mou", { ...facts, selectionPublished: true })).toBeNull();
    expect(transitionBlocker("selection", "assessment", { ...facts, selectionPublished: true })).toBe(
      "selection_published",
    );
    expect(transitionBlocker("mou", "mentoring", { ...facts, mouSigned: 9 })).toBe("mou_incomplete");
    expect(transitionBlocker("mou", "mentoring", { ...facts, mouSigned: 10 })).toBeNull();
  });
});

describe("cohort body", () => {
  it("validates year, quota and the plan's date order", () => {
    expect(CohortCreate.safeParse({ year: 2024, name: "Gerakan Menuju Smart City 2024", quota: 10 }).success).toBe(
      true,
    );
    const bad = CohortCreate.safeParse({
      year: 2016,
      name: "GMSC",
      quota: 0,
      plan: { assessmentStart: "2024-03-01", assessmentEnd: "2024-02-01" },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join(".")).sort();
    expect(paths).toEqual(["name", "plan.assessmentEnd", "quota", "year"]);
  });
});

describe("parseRegionCodeList", () => {
  it("reads codes separated any way, drops duplicates and a header, and reports the rest", () => {
    expect(parseRegionCodeList("kode\n51.06\n75.03, 51.04;33.26 51.06\nBangli\n3.2")).toEqual({
      codes: ["51.06", "75.03", "51.04", "33.26"],
      malformed: ["Bangli", "3.2"],
    });
  });
});
