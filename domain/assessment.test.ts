import { describe, expect, it } from "vitest";
import {
  type Criterion,
  type CriterionScore,
  candidateScore,
  checkSelection,
  rankCandidates,
  weightedScore,
} from "./assessment";

const criteria: Criterion[] = [
  { id: 1, lens: "struktur", weight: 2 },
  { id: 2, lens: "infrastruktur", weight: 1 },
  { id: 3, lens: "suprastruktur", weight: 1 },
];
const scale = { min: 1, max: 5 };
const s = (assessorId: string, scores: number[]): CriterionScore[] =>
  scores.map((score, i) => ({ criterionId: i + 1, assessorId, score }));

describe("weightedScore", () => {
  it("normalises to 0–100 with weights", () => {
    expect(weightedScore(criteria, s("a", [5, 5, 5]), scale)).toBe(100);
    expect(weightedScore(criteria, s("a", [1, 1, 1]), scale)).toBe(0);
    // (2·1 + 1·0.5 + 1·0) / 4 = 0.625
    expect(weightedScore(criteria, s("a", [5, 3, 1]), scale)).toBeCloseTo(62.5);
    expect(weightedScore(criteria, [], scale)).toBeNull();
  });
});

describe("candidateScore", () => {
  it("takes the mean over complete assessors and shows the spread", () => {
    const r = candidateScore(
      criteria,
      [...s("a", [5, 3, 1]), ...s("b", [3, 3, 3]), { criterionId: 1, assessorId: "c", score: 1 }],
      scale,
    );
    expect(r.assessors).toBe(2); // c scored one criterion only
    expect(r.mean).toBeCloseTo((62.5 + 50) / 2);
    expect(r.spread).toBeCloseTo(12.5);
    expect(r.byLens.struktur).toBeCloseTo((100 + 50) / 2);
  });
  it("is empty without complete scores", () => {
    expect(candidateScore(criteria, [], scale)).toEqual({ mean: null, spread: null, assessors: 0, byLens: {} });
  });
});

const cand = (candidateId: number, regionCode: string, mean: number | null, struktur = 50, suprastruktur = 50) => ({
  candidateId,
  regionCode,
  invitedAt: new Date(0),
  score: {
    mean,
    spread: 0,
    assessors: mean === null ? 0 : 2,
    byLens: mean === null ? {} : { struktur, suprastruktur },
  },
});

describe("rankCandidates", () => {
  it("orders by score, breaks ties by struktur then suprastruktur then code, unscored last", () => {
    const ranked = rankCandidates([
      cand(1, "51.06", 70, 60),
      cand(2, "51.04", 80),
      cand(3, "32.79", 70, 80),
      cand(4, "13.72", null),
      cand(5, "73.72", 70, 60, 40),
      cand(6, "63.10", 70, 60, 40),
    ]);
    expect(ranked.map((r) => r.candidateId)).toEqual([2, 3, 1, 6, 5, 4]);
    // Each tie names the rule that ordered it against the tied candidate just above (or below, for the first).
    expect(ranked.map((r) => r.tieBrokenBy)).toEqual([
      null,
      "struktur",
      "struktur",
      "suprastruktur",
      "region_code",
      null,
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("checkSelection", () => {
  const ranked = rankCandidates([cand(1, "a", 90), cand(2, "b", 80), cand(3, "c", 70)]);
  it("accepts the top of the ranking up to the quota", () => {
    expect(checkSelection(ranked, [1, 2], 2, {})).toEqual([]);
  });
  it("refuses more than the quota", () => {
    expect(checkSelection(ranked, [1, 2, 3], 2, { 3: "x" })).toContainEqual({ code: "over_quota" });
  });
  it("needs a reason for each deviation from the ranking", () => {
    expect(checkSelection(ranked, [1, 3], 2, {})).toEqual([
      { code: "reason_required", candidateId: 3 },
      { code: "reason_required", candidateId: 2 },
    ]);
    expect(
      checkSelection(ranked, [1, 3], 2, { 3: "Komitmen kepala daerah kuat", 2: "Mengundurkan diri lisan" }),
    ).toEqual([]);
    expect(checkSelection(ranked, [9], 2, { 9: "x" })).toContainEqual({ code: "not_ranked", candidateId: 9 });
  });
});
