import { describe, expect, it } from "vitest";
import { currentStep, funnel, funnelsByKind, type RegionProgress, stepLabel } from "./cohort-dashboard";

const stages = (closed: number) => [1, 2, 3, 4].map((number) => ({ number, closed: number <= closed }));
const p = (over: Partial<RegionProgress>): RegionProgress => ({
  status: "selected",
  assessed: true,
  mouSigned: true,
  stages: stages(0),
  plan: "none",
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
    [p({ stages: stages(4), plan: "drafted" }), "bimtek_done"],
    [p({ stages: stages(4), plan: "approved" }), "masterplan_approved"],
    [p({ stages: stages(4), plan: "enacted" }), "perkada_enacted"],
  ])("%j → %s", (progress, step) => expect(currentStep(progress)).toBe(step));
});

describe("funnel", () => {
  it("counts each step, the masterplan's approval and its enactment among the selected", () => {
    const rows = [
      p({ status: "invited", assessed: false }),
      p({ status: "not_selected" }),
      p({ status: "withdrawn" }),
      p({ mouSigned: false }),
      p({ stages: stages(1) }),
      p({ stages: stages(2) }),
      p({ stages: stages(4), plan: "approved" }),
      p({ stages: stages(4), plan: "enacted" }),
      p({ status: "not_selected", plan: "enacted" }),
    ];
    expect(funnel(rows, [1, 2, 3, 4])).toEqual([
      { key: "invited", count: 8 },
      { key: "assessed", count: 7 },
      { key: "selected", count: 5 },
      { key: "mou_signed", count: 4 },
      { key: "bimtek:1", count: 4 },
      { key: "bimtek:2", count: 3 },
      { key: "bimtek:3", count: 2 },
      { key: "bimtek:4", count: 2 },
      { key: "masterplan_approved", count: 2 },
      { key: "perkada_enacted", count: 1 },
    ]);
  });
  it("labels steps", () => {
    expect(stepLabel("bimtek:3", "id")).toBe("Bimtek III");
    expect(stepLabel("mou", "en")).toBe("Awaiting MoU");
  });
});

describe("funnelsByKind", () => {
  const rows = [
    { ...p({}), regionType: "kota" as const },
    { ...p({ mouSigned: false }), regionType: "kabupaten" as const },
    { ...p({ status: "not_selected" }), regionType: "kabupaten" as const },
    { ...p({ stages: stages(1) }), regionType: "provinsi" as const },
  ];
  const head = (f: ReturnType<typeof funnelsByKind>) => f.map((k) => [k.kind, k.steps.slice(0, 5).map((s) => s.count)]);

  it("counts kab/kota and provinces apart, each in its own funnel", () => {
    expect(head(funnelsByKind(rows, [1, 2], ["kabkota", "provinsi"]))).toEqual([
      ["kabkota", [3, 3, 2, 1, 0]],
      ["provinsi", [1, 1, 1, 1, 1]],
    ]);
  });
  it("gives only the kinds asked for, kab/kota first", () => {
    expect(head(funnelsByKind(rows, [1, 2], ["provinsi"]))).toEqual([["provinsi", [1, 1, 1, 1, 1]]]);
    expect(head(funnelsByKind(rows, [1, 2], ["provinsi", "kabkota"])).map(([k]) => k)).toEqual(["kabkota", "provinsi"]);
  });
});
