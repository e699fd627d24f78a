import { describe, expect, it } from "vitest";
import { currentStep, funnel, type RegionProgress, stepLabel } from "./cohort-dashboard";

const stages = (closed: number) => [1, 2, 3, 4].map((number) => ({ number, closed: number <= closed }));
const p = (over: Partial<RegionProgress>): RegionProgress => ({
  status: "selected",
  assessed: true,
  mouSigned: true,
  stages: stages(0),
  ...over,
});

describe("currentStep", () => {
  it.each([
    [p({ status: "invited", assessed: false }), "invited"],
    [p({ status: "assessed" }), "assessed"],
    [p({ status: "not_selected" }), "not_selected"],
    [p({ status: "withdrawn" }), "withdrawn"],
    [p({ mouSigned: false }), "mou"],
    [p({ stages: stages(0) }), "bimtek:1"],
    [p({ stages: stages(2) }), "bimtek:3"],
    [p({ stages: stages(4) }), "bimtek_done"],
  ])("%j → %s", (progress, step) => expect(currentStep(progress)).toBe(step));
});

describe("funnel", () => {
  it("counts each step and leaves unmeasured steps null", () => {
    const rows = [
      p({ status: "invited", assessed: false }),
      p({ status: "not_selected" }),
      p({ status: "withdrawn" }),
      p({ mouSigned: false }),
      p({ stages: stages(1) }),
      p({ stages: stages(2) }),
    ];
    expect(funnel(rows, [1, 2, 3, 4])).toEqual([
      { key: "invited", count: 5 },
      { key: "assessed", count: 4 },
      { key: "selected", count: 3 },
      { key: "mou_signed", count: 2 },
      { key: "bimtek:1", count: 2 },
      { key: "bimtek:2", count: 1 },
      { key: "bimtek:3", count: 0 },
      { key: "bimtek:4", count: 0 },
      { key: "masterplan_approved", count: null },
      { key: "perkada_enacted", count: null },
    ]);
  });
  it("labels steps", () => {
    expect(stepLabel("bimtek:3", "id")).toBe("Bimtek III");
    expect(stepLabel("mou", "en")).toBe("Awaiting MoU");
  });
});
