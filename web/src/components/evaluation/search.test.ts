import { describe, expect, it } from "vitest";
import { scaleValues } from "./scale";
import { validateEvaluationSearch, validateResultsSearch, validateRoundSearch } from "./search";

describe("evaluation search parameters", () => {
  it("keeps the national table's filters and drops what is malformed or the default", () => {
    expect(
      validateResultsSearch({ year: "2024", tahap: "II", province: "32", cohort: "3", sort: "-index", page: "2" }),
    ).toEqual({ year: 2024, tahap: "II", province: "32", cohort: 3, sort: "-index", page: 2 });
    expect(
      validateResultsSearch({ year: "1999", tahap: "III", province: "32.79", cohort: "x", sort: "rank", page: "1" }),
    ).toEqual({
      year: undefined,
      tahap: undefined,
      province: undefined,
      cohort: undefined,
      sort: undefined,
      page: undefined,
    });
    expect(validateResultsSearch({ sort: "drop table" }).sort).toBeUndefined();
  });

  it("accepts only the tabs a page has", () => {
    expect(validateRoundSearch({ tab: "asesor", page: "3" })).toEqual({ tab: "asesor", page: 3 });
    expect(validateRoundSearch({ tab: "hasil" }).tab).toBeUndefined();
    expect(validateEvaluationSearch({ tab: "nilai" })).toEqual({ tab: "nilai" });
    expect(validateEvaluationSearch({ tab: "peserta" })).toEqual({ tab: undefined });
  });
});

describe("score scale", () => {
  it("lists every step from the minimum to the maximum", () => {
    expect(scaleValues({ min: 1, max: 5, step: 1 })).toEqual([1, 2, 3, 4, 5]);
    expect(scaleValues({ min: 0, max: 2, step: 0.5 })).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(scaleValues({ min: 0, max: 1, step: 0.1 })).toHaveLength(11);
  });
});
