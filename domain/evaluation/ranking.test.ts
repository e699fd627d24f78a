import { describe, expect, it } from "vitest";
import { competitionRanks, improvement, previousResult, rankResults } from "./ranking";
import { type RoundFacts, roundMoves, roundTransitionBlockers } from "./round";

describe("ranks", () => {
  it("share a rank on equal published indices and skip the places shared (1, 2, 2, 4)", () => {
    const ranks = competitionRanks([
      { key: "a", value: 3.65 },
      { key: "b", value: 3.2 },
      { key: "c", value: 3.2 },
      { key: "d", value: 2.75 },
      { key: "e", value: null },
    ]);
    expect([...ranks.entries()]).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
      ["e", null],
    ]);
  });

  it("compare at the published two decimals: 3.201 and 3.204 tie, 3.205 is ahead", () => {
    const ranks = competitionRanks([
      { key: "x", value: 3.201 },
      { key: "y", value: 3.204 },
      { key: "z", value: 3.205 },
    ]);
    expect(ranks.get("z")).toBe(1);
    expect(ranks.get("x")).toBe(2);
    expect(ranks.get("y")).toBe(2);
  });

  it("give national and provincial ranks, listed by rank, ties by code, unranked last", () => {
    const rows = rankResults([
      { regionCode: "32.79", provinceCode: "32", index: 3.1 },
      { regionCode: "13.72", provinceCode: "13", index: 3.4 },
      { regionCode: "32.73", provinceCode: "32", index: 3.4 },
      { regionCode: "32.01", provinceCode: "32", index: null },
      { regionCode: "13.71", provinceCode: "13", index: 2.9 },
    ]);
    expect(rows).toEqual([
      { regionCode: "13.72", nationalRank: 1, provincialRank: 1 },
      { regionCode: "32.73", nationalRank: 1, provincialRank: 1 },
      { regionCode: "32.79", nationalRank: 3, provincialRank: 2 },
      { regionCode: "13.71", nationalRank: 4, provincialRank: 2 },
      { regionCode: "32.01", nationalRank: null, provincialRank: null },
    ]);
  });
});

describe("improvement", () => {
  const history = [
    { roundId: 1, year: 2022, tahap: "II" as const, index: 2.75 },
    { roundId: 2, year: 2023, tahap: "I" as const, index: null },
    { roundId: 3, year: 2023, tahap: "II" as const, index: 3.1 },
    { roundId: 4, year: 2024, tahap: "II" as const, index: 3.5 },
  ];

  it("compares with the latest earlier round that has an index", () => {
    expect(previousResult({ year: 2024, tahap: "I" }, history)?.roundId).toBe(3);
    expect(previousResult({ year: 2023, tahap: "II" }, history)?.roundId).toBe(1);
    expect(previousResult({ year: 2022, tahap: "II" }, history)).toBeNull();
  });

  it("is absolute and relative, rounded, and null without a previous result", () => {
    expect(improvement(3.65, 3.1)).toEqual({ absolute: 0.55, relative: 17.74 });
    expect(improvement(2.75, 3.1)).toEqual({ absolute: -0.35, relative: -11.29 });
    expect(improvement(3.1, null)).toEqual({ absolute: null, relative: null });
    expect(improvement(null, 3.1)).toEqual({ absolute: null, relative: null });
    expect(improvement(3.1, 0)).toEqual({ absolute: 3.1, relative: null });
  });
});

describe("round phases", () => {
  const ready: RoundFacts = {
    participants: 3,
    assessors: 2,
    selfAssessmentAnswers: 0,
    scoresRecorded: 0,
    unscoredRegions: [],
    resultLetter: { number: "B-100/DJAI/AI.01.02/11/2024", date: "2024-11-20" },
  };

  it("go draft → self-assessment → scoring → published, and nowhere from published", () => {
    expect(roundTransitionBlockers("draft", "self_assessment", ready)).toEqual([]);
    expect(roundTransitionBlockers("self_assessment", "scoring", ready)).toEqual([]);
    expect(roundTransitionBlockers("scoring", "published", ready)).toEqual([]);
    expect(roundTransitionBlockers("published", "scoring", ready).map((b) => b.code)).toEqual([
      "transition_not_allowed",
    ]);
    expect(roundTransitionBlockers("draft", "published", ready).map((b) => b.code)).toEqual(["transition_not_allowed"]);
  });

  it("say why a move is blocked, in Indonesian, with the regions still unscored", () => {
    expect(roundTransitionBlockers("draft", "self_assessment", { ...ready, participants: 0 })).toEqual([
      { code: "no_participants", message: "Belum ada daerah peserta evaluasi" },
    ]);
    expect(roundTransitionBlockers("self_assessment", "scoring", { ...ready, assessors: 0 })[0]?.code).toBe(
      "no_assessors",
    );
    expect(roundTransitionBlockers("self_assessment", "draft", { ...ready, selfAssessmentAnswers: 4 })[0]?.code).toBe(
      "self_assessment_started",
    );
    expect(roundTransitionBlockers("scoring", "self_assessment", { ...ready, scoresRecorded: 1 })[0]?.code).toBe(
      "scores_recorded",
    );
    const publish = roundTransitionBlockers("scoring", "published", {
      ...ready,
      unscoredRegions: ["32.79", "13.72"],
      resultLetter: null,
    });
    expect(publish.map((b) => b.code)).toEqual(["regions_unscored", "result_letter_missing"]);
    expect(publish[0]?.regionCodes).toEqual(["13.72", "32.79"]);
  });

  it("offer the moves from a phase with what blocks them, the letter being asked at publication", () => {
    expect(roundMoves("scoring", { ...ready, resultLetter: null })).toEqual([
      { to: "published", blockers: [] },
      { to: "self_assessment", blockers: [] },
    ]);
  });
});
