import { describe, expect, it } from "vitest";
import { type GmscFacts, gmscStatus, gmscStatusRank } from "./public-map";

const none: GmscFacts = { candidate: false, selected: false, mouSigned: false, bimtekClosed: null, masterplan: null };

describe("gmscStatus", () => {
  it.each<[Partial<GmscFacts>, string]>([
    [{}, "not_in_program"],
    [{ candidate: true }, "candidate"],
    [{ candidate: true, selected: true }, "selected"],
    [{ candidate: true, selected: true, mouSigned: true }, "mou_signed"],
    [{ selected: true, mouSigned: true, bimtekClosed: 1 }, "bimtek_1"],
    [{ selected: true, mouSigned: true, bimtekClosed: 3 }, "bimtek_3"],
    [{ selected: true, mouSigned: true, bimtekClosed: 4 }, "bimtek_4"],
    [{ selected: true, bimtekClosed: 4, masterplan: "approved" }, "masterplan_approved"],
    [{ selected: true, bimtekClosed: 2, masterplan: "enacted" }, "perkada_enacted"],
  ])("%o → %s", (facts, expected) => {
    expect(gmscStatus({ ...none, ...facts })).toBe(expected);
  });

  it("takes the furthest stage even when a later cohort is only a candidacy", () => {
    // Facts are already the maximum across cohorts: a region selected in 2023 and invited in 2025.
    expect(gmscStatus({ ...none, candidate: true, selected: true, bimtekClosed: 2 })).toBe("bimtek_2");
  });

  it("an enacted plan counts without a cohort (a plan entered for a region outside the program)", () => {
    expect(gmscStatus({ ...none, masterplan: "enacted" })).toBe("perkada_enacted");
  });

  it("stage 0 is no stage closed", () => {
    expect(gmscStatus({ ...none, selected: true, bimtekClosed: 0 })).toBe("selected");
  });

  it("ranks follow the path", () => {
    expect(gmscStatusRank("not_in_program")).toBe(0);
    expect(gmscStatusRank("bimtek_4")).toBeLessThan(gmscStatusRank("masterplan_approved"));
  });
});
