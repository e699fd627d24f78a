import { describe, expect, it } from "vitest";
import { MASTERPLAN_CHAPTERS } from "../masterplan-chapters";
import { FrameworkCreate, FrameworkInput } from "./editor";
import { FRAMEWORKS, KOMINFO_2017 } from "./kominfo-2017";
import { RPM_2026 } from "./rpm-2026";
import { deliverableCovers, FrameworkDef, frameworkProblems, romanStage } from "./types";

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

  it("points every deliverable at real masterplan chapters, stage by stage as the program runs", () => {
    const chapters = new Set<string>(MASTERPLAN_CHAPTERS);
    for (const s of KOMINFO_2017.stages)
      for (const d of s.deliverables) for (const c of d.covers) expect(chapters.has(c), `${d.code} → ${c}`).toBe(true);
    const covered = (n: number) => new Set(KOMINFO_2017.stages[n - 1]?.deliverables.flatMap((d) => d.covers));
    expect([...covered(1)].sort()).toEqual(["priority_issues", "profile", "readiness", "swot", "vision"]);
    expect([...covered(2)].sort()).toEqual(["elements", "programs"]);
    expect([...covered(3)].sort()).toEqual(["programs", "quick_wins", "roadmap"]);
    expect(covered(4)).toEqual(new Set(MASTERPLAN_CHAPTERS));
    const stage4 = KOMINFO_2017.stages[3]?.deliverables ?? [];
    expect(stage4.find((d) => d.code === "quick-win-final")?.covers).toEqual(["quick_wins"]);
    expect(stage4.find((d) => d.code === "lembar-komitmen")?.covers).toEqual(["governance"]);
  });

  it("refuses a chapter key that is not a masterplan chapter", () => {
    const broken = structuredClone(KOMINFO_2017) as unknown as {
      stages: Array<{ deliverables: Array<{ covers: string[] }> }>;
    };
    const first = broken.stages[0]?.deliverables[0];
    if (!first) throw new Error("fixture");
    first.covers = ["buku_5"];
    expect(FrameworkDef.safeParse(broken).success).toBe(false);
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
    const deliverable = broken.stages[0]?.deliverables[0];
    if (deliverable) deliverable.covers = ["vision", "vision"];
    const problems = frameworkProblems(broken);
    expect(problems).toContain("kode ganda: governance");
    expect(problems).toContain("elemen living.extra tidak berawalan governance.");
    expect(problems).toContain("tahap ke-3 bernomor 7");
    expect(problems).toContain("bab ganda pada analisis-kesenjangan");
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

describe("deliverableCovers", () => {
  it("finds a deliverable's chapters by framework code, version, stage and code; none when unknown", () => {
    const at = { code: KOMINFO_2017.code, version: KOMINFO_2017.version, stage: 1, deliverable: "visi-misi" };
    expect(deliverableCovers(FRAMEWORKS, at)).toEqual(["vision"]);
    expect(deliverableCovers(FRAMEWORKS, { ...at, version: "1999" })).toEqual([]);
    expect(deliverableCovers(FRAMEWORKS, { ...at, stage: 2 })).toEqual([]);
  });
});

describe("the framework editor's schemas", () => {
  it("accept the 2026 draft: Kominfo 2017 with Smart Mobility in place of Smart Branding", () => {
    expect(FrameworkInput.safeParse(RPM_2026).success).toBe(true);
    expect(RPM_2026.dimensions.map((d) => d.code)).toEqual(
      KOMINFO_2017.dimensions.map((d) => (d.code === "branding" ? "mobility" : d.code)),
    );
    // The copy did not change the default framework.
    expect(KOMINFO_2017.dimensions.map((d) => d.code)).toContain("branding");
  });

  it("name the field of each problem", () => {
    const broken = structuredClone(KOMINFO_2017);
    const [first, second] = broken.dimensions;
    if (!first || !second) throw new Error("fixture");
    second.code = first.code;
    second.nameEn = "  ";
    // Blank names and duplicate codes are reported together, each at its field.
    const result = FrameworkInput.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["dimensions.1.nameEn", "dimensions.1.code", "dimensions.1.elements.0.code"]),
    );
  });

  it("take a copy by id with a new code, version and name, and otherwise the whole definition", () => {
    expect(FrameworkCreate.safeParse({ copyOf: 1, code: "baru", version: "1", name: "Baru" }).success).toBe(true);
    const partial = FrameworkCreate.safeParse({ code: "baru", version: "1", name: "Baru" });
    expect(partial.error?.issues.map((i) => i.path.join("."))).toEqual([
      "descriptionId",
      "descriptionEn",
      "dimensions",
      "stages",
    ]);
  });
});
