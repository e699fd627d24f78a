import { describe, expect, it } from "vitest";
import { gridScheme } from "./scheme-grid";
import { type ResultDimension, SchemeDef, schemeIssues, schemeKey, schemeProblems } from "./schemes";
import {
  completeAssessors,
  evaluationScores,
  type ItemScore,
  round2,
  scoreInputProblems,
  scoreProblem,
} from "./scoring";

// The six dimensions of Kominfo 2017 as the seed passes them (names do not matter here).
const SIX = ["governance", "branding", "economy", "living", "society", "environment"];
const KOMINFO = { code: "kominfo-2017", dimensions: SIX.map((code) => ({ code, nameId: code, nameEn: code })) };
const GMSC_EVALUATION_2021 = gridScheme(KOMINFO, 2021, {
  baseline: 10,
  output: 20,
  outcome: 30,
  impact: 30,
  quick_win: 10,
});
const GMSC_EVALUATION_2022 = gridScheme(KOMINFO, 2022, {
  baseline: 10,
  output: 20,
  outcome: 30,
  impact: 20,
  quick_win: 20,
});

/** Every item scored by one assessor, the score depending only on the result dimension. */
function sheet(assessorId: string, byResult: Record<ResultDimension, number>, scheme = GMSC_EVALUATION_2021) {
  return scheme.items.map((i) => ({ itemCode: i.code, assessorId, score: byResult[i.resultDimension] }));
}

describe("evaluation schemes", () => {
  it("are built as the grid of a framework's dimensions × five results, valid and keyed by year", () => {
    for (const s of [GMSC_EVALUATION_2021, GMSC_EVALUATION_2022]) {
      expect(SchemeDef.safeParse(s).success).toBe(true);
      expect(schemeProblems(s)).toEqual([]);
      expect(s.smartDimensions.map((d) => d.code)).toEqual(SIX);
      expect(s.items).toHaveLength(30);
      expect(s.scale).toMatchObject({ min: 1, max: 5, step: 1 });
    }
    expect([GMSC_EVALUATION_2021, GMSC_EVALUATION_2022].map(schemeKey)).toEqual([
      "gmsc-evaluasi@2021",
      "gmsc-evaluasi@2022",
    ]);
    expect(GMSC_EVALUATION_2021.resultDimensions.map((r) => r.weight)).toEqual([10, 20, 30, 30, 10]);
    const mobility = gridScheme(
      { code: "lain", dimensions: [{ code: "mobility", nameId: "Mobilitas", nameEn: "Mobility" }] },
      2030,
      { baseline: 20, output: 20, outcome: 20, impact: 20, quick_win: 20 },
      { code: "lain", version: "1", name: "Skema lain" },
    );
    expect(mobility).toMatchObject({ code: "lain", version: "1", frameworkCode: "lain" });
    expect(mobility.items.map((i) => i.code)).toContain("mobility.quick_win");
    expect(mobility.items[0]?.textId).toContain("Mobilitas");
  });

  it("reports weights that do not sum to 100, duplicate items and gaps in the grid", () => {
    const broken = {
      ...GMSC_EVALUATION_2022,
      resultDimensions: GMSC_EVALUATION_2022.resultDimensions.map((r) =>
        r.code === "impact" ? { ...r, weight: 25 } : r,
      ),
      items: [...GMSC_EVALUATION_2022.items.slice(1), ...GMSC_EVALUATION_2022.items.slice(2, 3)],
    };
    expect(schemeProblems(broken)).toEqual([
      "jumlah bobot 105, seharusnya 100",
      "kode butir ganda: governance.outcome",
      "tidak ada butir untuk governance × baseline",
    ]);
  });

  it("gives each issue the path of its field: unknown dimensions, off-scale labels", () => {
    const s = {
      ...GMSC_EVALUATION_2022,
      scale: { ...GMSC_EVALUATION_2022.scale, labels: [{ value: 7, id: "Tujuh", en: "Seven" }] },
    };
    expect(schemeIssues(s, ["governance"]).map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["items", 5, "smartDimension"],
        ["scale", "labels", 0, "value"],
      ]),
    );
    expect(schemeIssues(GMSC_EVALUATION_2022, [...SIX, "mobility"])).toContainEqual({
      path: ["items"],
      message: "tidak ada butir untuk mobility × baseline",
    });
  });
});

describe("score validation", () => {
  const scale = GMSC_EVALUATION_2021.scale;
  it("accepts whole steps within the scale and explains everything else", () => {
    expect(scoreProblem(scale, 1)).toBeNull();
    expect(scoreProblem(scale, 5)).toBeNull();
    expect(scoreProblem(scale, 0)).toBe("Nilai harus antara 1 dan 5");
    expect(scoreProblem(scale, 6)).toBe("Nilai harus antara 1 dan 5");
    expect(scoreProblem(scale, 3.5)).toBe("Nilai harus kelipatan 1 dari 1");
    expect(scoreProblem({ min: 0, max: 4, step: 0.5 }, 3.5)).toBeNull();
    expect(scoreProblem(scale, Number.NaN)).toBe("Nilai harus berupa angka");
  });

  it("finds unknown items, an item given twice and values off the scale, by position", () => {
    expect(
      scoreInputProblems(GMSC_EVALUATION_2021, [
        { itemCode: "governance.output", score: 4 },
        { itemCode: "governance.tidak-ada", score: 3 },
        { itemCode: "governance.output", score: 9 },
      ]),
    ).toEqual([
      { index: 1, field: "itemCode", message: "Butir penilaian tidak dikenal" },
      { index: 2, field: "itemCode", message: "Butir ini dinilai dua kali" },
      { index: 2, field: "score", message: "Nilai harus antara 1 dan 5" },
    ]);
  });
});

describe("achievement index", () => {
  const profile = { baseline: 3, output: 4, outcome: 3, impact: 2, quick_win: 5 } as const;

  it("weights 10/20/30/30/10: (10·3 + 20·4 + 30·3 + 30·2 + 10·5) / 100 = 3.10", () => {
    const r = evaluationScores(GMSC_EVALUATION_2021, sheet("a", profile));
    expect(r.index).toBe(3.1);
    expect(r.results).toEqual(profile);
    expect(r.dimensions.governance).toBe(3.1);
    expect(r.assessors).toBe(1);
  });

  it("weights 10/20/30/20/20: the same scores give (30 + 80 + 90 + 40 + 100) / 100 = 3.40", () => {
    const r = evaluationScores(GMSC_EVALUATION_2022, sheet("a", profile, GMSC_EVALUATION_2022));
    expect(r.index).toBe(3.4);
  });

  it("averages complete assessors per item and weighs each smart-city dimension's own profile", () => {
    const one = sheet("a", { baseline: 3, output: 3, outcome: 3, impact: 3, quick_win: 3 });
    // Assessor b scores Smart Governance higher across the board, everything else the same as a.
    const two = sheet("b", { baseline: 3, output: 3, outcome: 3, impact: 3, quick_win: 3 }).map((s) =>
      s.itemCode.startsWith("governance.") ? { ...s, score: 5 } : s,
    );
    const r = evaluationScores(GMSC_EVALUATION_2021, [...one, ...two]);
    expect(r.assessors).toBe(2);
    expect(r.items["governance.impact"]).toBe(4);
    expect(r.items["economy.impact"]).toBe(3);
    expect(r.dimensions).toMatchObject({ governance: 4, economy: 3 });
    // Each result dimension: (4 + 3·5) / 6 = 3.1666… → 3.17; the index is the mean of D(d) = 19/6.
    expect(r.results.outcome).toBe(3.17);
    expect(r.index).toBe(3.17);
  });

  it("ignores an assessor who left items unscored, and is null when nobody completed", () => {
    const full = sheet("a", { baseline: 2, output: 2, outcome: 2, impact: 2, quick_win: 2 });
    const partial: ItemScore[] = sheet("b", { baseline: 5, output: 5, outcome: 5, impact: 5, quick_win: 5 }).slice(
      0,
      29,
    );
    expect(completeAssessors(GMSC_EVALUATION_2021, [...full, ...partial])).toEqual(["a"]);
    expect(evaluationScores(GMSC_EVALUATION_2021, [...full, ...partial]).index).toBe(2);
    expect(evaluationScores(GMSC_EVALUATION_2021, partial)).toEqual({
      assessors: 0,
      items: {},
      results: {},
      dimensions: {},
      index: null,
    });
    expect(evaluationScores(GMSC_EVALUATION_2021, []).index).toBeNull();
  });

  it("rounds half away from zero to two decimals", () => {
    expect(round2(3.125)).toBe(3.13);
    expect(round2(-0.125)).toBe(-0.13);
    expect(round2(2.754999)).toBe(2.75);
  });
});
