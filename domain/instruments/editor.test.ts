import { describe, expect, it } from "vitest";
import { InstrumentInput, instrumentIssues } from "./editor";
import { GMSC_READINESS_2017, INSTRUMENTS } from "./gmsc-readiness";

describe("instrument definitions", () => {
  it("accepts every shipped instrument", () => {
    for (const def of INSTRUMENTS) expect(InstrumentInput.safeParse(def).error).toBeUndefined();
  });

  it("names the field of each problem: the weight total, a duplicate code, an upside-down scale", () => {
    const [first, ...rest] = GMSC_READINESS_2017.criteria;
    if (!first) throw new Error("fixture");
    const def = {
      ...GMSC_READINESS_2017,
      scale: { min: 3, max: 3 },
      criteria: [...GMSC_READINESS_2017.criteria, { ...first, weight: 10 }],
    };
    const issues = instrumentIssues(def);
    expect(issues.map((i) => i.path)).toEqual([["scale", "max"], ["criteria"], ["criteria", rest.length + 1, "code"]]);
    expect(issues[1]?.message).toContain("110");
    // Taking the 10 from the first criterion makes 100 again: only the duplicate code remains.
    const balanced = {
      ...def,
      scale: { min: 1, max: 5 },
      criteria: [{ ...first, weight: first.weight - 10 }, ...rest, { ...first, weight: 10 }],
    };
    expect(instrumentIssues(balanced).map((i) => i.path)).toEqual([["criteria", rest.length + 1, "code"]]);
  });
});
