import { describe, expect, it } from "vitest";
import { GMSC_READINESS_2017 } from "../../../../domain/instruments/gmsc-readiness";
import { type InstrumentDraft, newKey, totalIsRight, validateDraft, weightTotal } from "./instrument-form";

const draft = (): InstrumentDraft => ({
  code: GMSC_READINESS_2017.code,
  version: "2027",
  name: "Instrumen 2027",
  scaleMin: 1,
  scaleMax: 5,
  criteria: GMSC_READINESS_2017.criteria.map((c) => ({ ...c, key: newKey() })),
});

describe("the instrument form", () => {
  it("keeps a live weight total while typing, counting what is not a number yet as 0", () => {
    const d = draft();
    expect(weightTotal(d)).toBe(100);
    expect(totalIsRight(d)).toBe(true);
    const typing = { ...d, criteria: d.criteria.map((c, i) => (i === 0 ? { ...c, weight: "" } : c)) };
    expect(weightTotal(typing)).toBe(100 - (GMSC_READINESS_2017.criteria[0]?.weight ?? 0));
    expect(totalIsRight(typing)).toBe(false);
  });

  it("marks the fields the domain schema names: the total under criteria, a duplicate code on its row", () => {
    const d = draft();
    const [first, second] = d.criteria;
    if (!first || !second) throw new Error("fixture");
    const { def, errors } = validateDraft({ ...d, criteria: [first, { ...second, code: first.code, weight: 5 }] });
    expect(def).toBeNull();
    expect(Object.keys(errors)).toEqual(["criteria", "criteria.1.code"]);
    expect(validateDraft(d).def?.criteria).toHaveLength(GMSC_READINESS_2017.criteria.length);
  });
});
