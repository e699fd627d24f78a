import { describe, expect, it } from "vitest";
import { FRAMEWORKS, KOMINFO_2017 } from "./kominfo-2017";
import { FrameworkDef, frameworkProblems, romanStage } from "./types";

describe("Kominfo 2017 framework", () => {
  it("is a valid framework definition without problems", () => {
    expect(FrameworkDef.safeParse(KOMINFO_2017).success).toBe(true);
    expect(frameworkProblems(KOMINFO_2017)).toEqual([]);
  });

  it("has the dimensions and elements of DESIGN §3", () => {
    const names = KOMINFO_2017.dimensions.map((d) => d.nameId);
    expect(names).toEqual([
      "Smart Governance",
      "Smart Branding",
      "Smart Economy",
      "Smart Living",
      "Smart Society",
      "Smart Environment",
    ]);
    const environment = KOMINFO_2017.dimensions.find((d) => d.code === "environment");
    expect(environment?.elements.map((e) => [e.nameId, e.tag])).toEqual([
      ["Proteksi Lingkungan", "Protection"],
      ["Tata Kelola Sampah dan Limbah", "Waste"],
      ["Tata Kelola Energi", "Energy"],
    ]);
  });

  it("has four Bimtek stages numbered in order, each with a required deliverable", () => {
    expect(KOMINFO_2017.stages.map((s) => s.nameId)).toEqual(["Bimtek I", "Bimtek II", "Bimtek III", "Bimtek IV"]);
    for (const s of KOMINFO_2017.stages) expect(s.deliverables.some((d) => d.required)).toBe(true);
  });

  it("is the default framework", () => {
    expect(FRAMEWORKS[0]).toBe(KOMINFO_2017);
  });
});

describe("frameworkProblems", () => {
  it("finds duplicate codes, misplaced elements and gaps in stage numbers", () => {
    const broken = structuredClone(KOMINFO_2017);
    const [first, second] = broken.dimensions;
    if (!first || !second) throw new Error("fixture");
    second.code = first.code;
    first.elements.push({ code: "living.extra", nameId: "x", nameEn: "x", tag: "x" });
    const stage = broken.stages[2];
    if (stage) stage.number = 7;
    const problems = frameworkProblems(broken);
    expect(problems).toContain("kode ganda: governance");
    expect(problems).toContain("elemen living.extra tidak berawalan governance.");
    expect(problems).toContain("tahap ke-3 bernomor 7");
  });
});

describe("romanStage", () => {
  it.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [5, "V"],
    [9, "IX"],
  ])("%i → %s", (n, r) => expect(romanStage(n)).toBe(r));
});
