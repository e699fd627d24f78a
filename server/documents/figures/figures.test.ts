import { Resvg } from "@resvg/resvg-js";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { FundingSource, Term } from "../../../domain/masterplan";
import {
  assessmentScore,
  candidate,
  evaluation,
  evaluationResult,
  evaluationRound,
  readinessCriterion,
  readinessInstrument,
} from "../../db/schema/index";
import { GMSC_EVALUATION_2022 } from "../../db/seed/evaluation-schemes";
import type { FigureFacts } from "../../services/documents/load-figure-facts";
import { loadFigureFacts } from "../../services/documents/load-figure-facts";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { loadPlanForPrint } from "../../services/documents/load-plan-for-print";
import { makeCohort } from "../../testing/cohort-factories";
import { makeUser } from "../../testing/factories";
import { makeMasterplan } from "../../testing/masterplan-factories";
import { setupTestApp } from "../../testing/test-app";
import type { Figure } from "../model";
import { FONT_FILES, pngWidth } from "./draw";
import {
  budgetByDimensionFigure,
  budgetByYearFigure,
  evaluationByDimensionFigure,
  readinessByLensFigure,
  roadmapGanttFigure,
} from "./index";
import { fitText, rupiahAxis, rupiahLong } from "./style";
import { outlineText } from "./text-outlines";

// ── A PrintPlan-shaped plan built by hand: only what the figures read ──────────────────────

const DIMENSIONS = [
  { code: "governance", nameId: "Tata Kelola" },
  { code: "branding", nameId: "Branding" },
  { code: "economy", nameId: "Ekonomi" },
];
type P = {
  code: string;
  name: string;
  dimensionCode: string;
  term: Term;
  startYear: number;
  endYear: number;
  budgets: Array<{ year: number; source: FundingSource; amount: number }>;
};
const program = (i: number, over: Partial<P> = {}): P => ({
  code: `P-${String(i).padStart(2, "0")}`,
  name: `Program nomor ${i}`,
  dimensionCode: "governance",
  term: "medium",
  startYear: 2024,
  endYear: 2026,
  budgets: [],
  ...over,
});
const NO_FACTS: FigureFacts = { readiness: null, evaluation: null };
const plan = (programs: P[], facts: FigureFacts = NO_FACTS) =>
  ({ plan: { periodStart: 2024, periodEnd: 2033 }, dimensions: DIMENSIONS, programs, facts }) as unknown as PrintPlan;

const PROGRAMS = [
  program(1, {
    name: "Mal Pelayanan Publik Digital",
    term: "short",
    startYear: 2024,
    endYear: 2024,
    budgets: [
      { year: 2024, source: "APBD", amount: 1_250_000_000 },
      { year: 2024, source: "CSR", amount: 250_000_000 },
    ],
  }),
  program(2, {
    dimensionCode: "economy",
    name: "Pengembangan Ekonomi Kreatif – Galendo & Kuliner",
    term: "long",
    startYear: 2027,
    endYear: 2031,
    budgets: [{ year: 2030, source: "KPBU", amount: 3_500_000_000 }],
  }),
];

/** The texts of an SVG, entities decoded. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width and height in pixels from the PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
};

function expectDrawn(f: Figure | null, caption: string): asserts f is Figure {
  expect(f).not.toBeNull();
  if (!f) return;
  expect(f.kind).toBe("figure");
  expect(f.caption).toBe(caption);
  expect(f.svg.startsWith("<svg")).toBe(true);
  // What svg-to-pdfkit cannot draw is gone (see printableSvg).
  expect(f.svg).not.toMatch(/paint-order|<style|ecmeta_/);
  expect([...f.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(f.png)).toEqual({
    width: pngWidth(f.width),
    height: Math.round(pngWidth(f.width) * (f.height / f.width)),
  });
  // Every text at least 7 pt at print size (the SVG is drawn 1 unit = 1 pt).
  for (const m of f.svg.matchAll(/font-size:([\d.]+)px/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(7);
}

describe("number formats", () => {
  it("reads Rupiah in miliar and juta, Indonesian style", () => {
    expect(rupiahLong(1_250_000_000)).toBe("Rp 1,25 miliar");
    expect(rupiahLong(350_000_000)).toBe("Rp 350 juta");
    expect(rupiahLong(2_000_000_000_000)).toBe("Rp 2 triliun");
    expect(rupiahLong(750_000)).toBe("Rp 750.000");
    expect(rupiahAxis(3_000_000_000)(1_500_000_000)).toBe("1,5 M");
    expect(rupiahAxis(900_000_000)(500_000_000)).toBe("500 jt");
  });
  it("cuts long text with an ellipsis", () => {
    expect(fitText("Pendek", 100)).toBe("Pendek");
    const cut = fitText("Pengembangan Ekonomi Kreatif Galendo dan Kuliner Khas Daerah", 60, 8);
    expect(cut.endsWith("…")).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(Math.floor(60 / (8 * 0.56)));
  });
});

describe("PNG text as outlines", () => {
  it("draws the same pixels as resvg's own text layout, with no <text> left", () => {
    const f = budgetByDimensionFigure(plan(PROGRAMS), "x");
    if (!f) throw new Error("no figure");
    const outlined = outlineText(f.svg);
    expect(outlined).not.toContain("<text");
    const draw = (svg: string) =>
      new Resvg(svg, {
        background: "#fff",
        fitTo: { mode: "zoom", value: 2 },
        font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Noto Serif" },
      }).render().pixels;
    const native = draw(f.svg);
    const ours = draw(outlined);
    const blank = draw(f.svg.replace(/<text[\s\S]*?<\/text>/g, ""));
    const diff = (a: Uint8Array, b: Uint8Array) => a.reduce((s, v, i) => s + Math.abs(v - (b[i] ?? 0)), 0) / a.length;
    expect(diff(native, blank)).toBeGreaterThan(0.5); // the comparison sees text at all
    expect(diff(native, ours)).toBeLessThan(0.05);
  });
});

describe("budget by dimension", () => {
  it("draws every dimension with its amount", () => {
    const f = budgetByDimensionFigure(plan(PROGRAMS), "Gambar 4.1 Anggaran per dimensi");
    expectDrawn(f, "Gambar 4.1 Anggaran per dimensi");
    const t = texts(f.svg);
    expect(t).toEqual(expect.arrayContaining(["Tata Kelola", "Branding", "Ekonomi"]));
    expect(t).toEqual(expect.arrayContaining(["Rp 1,5 miliar", "Rp 3,5 miliar", "Rp 0"]));
  });
  it("is null when no program has a budget", () => {
    expect(budgetByDimensionFigure(plan([program(1)]), "x")).toBeNull();
    expect(budgetByDimensionFigure(plan([]), "x")).toBeNull();
  });
});

describe("budget by year", () => {
  it("has every year of the period and a legend of the sources used", () => {
    const f = budgetByYearFigure(plan(PROGRAMS), "Gambar 4.2");
    expectDrawn(f, "Gambar 4.2");
    const t = texts(f.svg);
    for (let y = 2024; y <= 2033; y++) expect(t).toContain(String(y));
    expect(t).toEqual(expect.arrayContaining(["APBD", "CSR", "KPBU"]));
    expect(t).not.toContain("APBN");
    expect(t).toContain("Rupiah (M = miliar)");
  });
  it("names the other source in Indonesian", () => {
    const f = budgetByYearFigure(
      plan([program(1, { budgets: [{ year: 2025, source: "LAINNYA", amount: 10_000_000 }] })]),
      "x",
    );
    expect(texts(f?.svg ?? "")).toContain("Sumber lain yang sah");
  });
  it("is null without budget in the period", () => {
    expect(budgetByYearFigure(plan([program(1)]), "x")).toBeNull();
  });
});

describe("roadmap Gantt", () => {
  it("draws one dimension's programs over the period with a term legend", () => {
    const f = roadmapGanttFigure(plan(PROGRAMS), "economy", "Gambar 5.3 Peta jalan Ekonomi");
    expectDrawn(f, "Gambar 5.3 Peta jalan Ekonomi");
    const t = texts(f.svg);
    expect(t.some((x) => x.startsWith("P-02 Pengembangan Ekonomi Kreatif"))).toBe(true);
    expect(t.some((x) => x.includes("Mal Pelayanan"))).toBe(false); // another dimension
    expect(t).toContain("2024");
    expect(t).toContain("2033");
    expect(t).toContain("Jangka panjang");
    expect(t).not.toContain("Jangka pendek");
  });
  it("grows with its rows, draws at most 40 and says how many more", () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      program(i + 1, { name: `Program dengan nama yang sangat panjang sekali untuk baris ke-${i + 1} di peta jalan` }),
    );
    const small = roadmapGanttFigure(plan(many.slice(0, 5)), "governance", "x");
    const big = roadmapGanttFigure(plan(many), "governance", "x");
    expectDrawn(big, "x");
    expect(small && small.height < big.height).toBe(true);
    expect(big.height).toBeLessThanOrEqual(640);
    const rows = texts(big.svg).filter((x) => /^P-\d\d /.test(x));
    expect(rows).toHaveLength(40);
    expect(rows[0]).toMatch(/…$/);
    expect(texts(big.svg)).toContain("… dan 5 program lainnya");
    expect(texts(small?.svg ?? "").some((x) => x.includes("lainnya"))).toBe(false);
  });
  it("is null for a dimension without programs", () => {
    expect(roadmapGanttFigure(plan(PROGRAMS), "branding", "x")).toBeNull();
  });
});

const READINESS: FigureFacts["readiness"] = {
  cohortName: "GMSC 2024",
  cohortYear: 2024,
  mean: 68.44,
  assessors: 2,
  byLens: { struktur: 72.5, infrastruktur: 61.25, suprastruktur: 70 },
};
const EVALUATION: FigureFacts["evaluation"] = {
  roundName: "Evaluasi 2025",
  year: 2025,
  tahap: "II",
  index: 3.125,
  scale: { min: 1, max: 4 },
  dimensions: [
    { code: "governance", nameId: "Tata Kelola", score: 3.3 },
    { code: "branding", nameId: "Branding", score: null },
    { code: "economy", nameId: "Ekonomi", score: 2.75 },
  ],
};

describe("readiness by lens", () => {
  it("draws the lenses scored, with scores in Indonesian notation", () => {
    const f = readinessByLensFigure(plan([], { readiness: READINESS, evaluation: null }), "Gambar 2.1");
    expectDrawn(f, "Gambar 2.1");
    const t = texts(f.svg);
    expect(t).toEqual(expect.arrayContaining(["Struktur", "Infrastruktur", "Suprastruktur", "72,5", "61,3"]));
    expect(t).not.toContain("Budaya");
    expect(t.some((x) => x.includes("68,4") && x.includes("GMSC 2024"))).toBe(true);
  });
  it("is null without readiness", () => {
    expect(readinessByLensFigure(plan([]), "x")).toBeNull();
  });
});

describe("evaluation by dimension", () => {
  it("draws the dimensions with a score on the round's scale", () => {
    const f = evaluationByDimensionFigure(plan([], { readiness: null, evaluation: EVALUATION }), "Gambar 2.2");
    expectDrawn(f, "Gambar 2.2");
    const t = texts(f.svg);
    expect(t).toEqual(expect.arrayContaining(["Tata Kelola", "Ekonomi", "3,30", "2,75"]));
    expect(t).not.toContain("Branding");
    expect(t.some((x) => x.includes("Indeks 3,13") && x.includes("Tahap II 2025"))).toBe(true);
  });
  it("is null without a published result or without scores", () => {
    expect(evaluationByDimensionFigure(plan([]), "x")).toBeNull();
    const unscored = { ...EVALUATION, dimensions: EVALUATION.dimensions.map((d) => ({ ...d, score: null })) };
    expect(evaluationByDimensionFigure(plan([], { readiness: null, evaluation: unscored }), "x")).toBeNull();
  });
});

describe("loadFigureFacts on a database", () => {
  const t = setupTestApp();
  const BANJAR = "32.79";
  const BANDUNG = "32.73";

  /** A round with one stored result per region given: every smart-city dimension scored `score`. */
  async function roundWithResults(year: number, status: "scoring" | "published", scores: Record<string, number>) {
    const db = t.app().database.db;
    const [round] = await db
      .insert(evaluationRound)
      .values({
        year,
        tahap: "I",
        name: `Evaluasi ${year} Tahap I`,
        schemeKey: "gmsc-2022",
        scheme: GMSC_EVALUATION_2022,
        status,
        publishedAt: status === "published" ? new Date(`${year}-12-01T00:00:00Z`) : null,
      })
      .returning();
    if (!round) throw new Error("round insert failed");
    for (const [regionCode, score] of Object.entries(scores)) {
      const [e] = await db.insert(evaluation).values({ roundId: round.id, regionCode }).returning();
      if (!e) throw new Error("evaluation insert failed");
      const dims = Object.fromEntries(GMSC_EVALUATION_2022.smartDimensions.map((d) => [d.code, score]));
      await db.insert(evaluationResult).values({
        evaluationId: e.id,
        roundId: round.id,
        regionCode,
        provinceCode: regionCode.slice(0, 2),
        index: score,
        results: {},
        dimensions: dims,
        items: {},
        assessors: 1,
      });
    }
    return round;
  }

  it("returns the latest PUBLISHED evaluation, never a newer unpublished round's scores", async () => {
    const app = t.app();
    const banjar = await makeMasterplan(app, BANJAR);
    const bandung = await makeMasterplan(app, BANDUNG);
    await roundWithResults(2024, "published", { [BANJAR]: 3.25 });
    // A newer round still being scored, with stored scores for both regions.
    await roundWithResults(2025, "scoring", { [BANJAR]: 1.5, [BANDUNG]: 2.5 });

    const facts = await loadFigureFacts(app.database.db, banjar);
    expect(facts.evaluation?.year).toBe(2024);
    expect(facts.evaluation?.index).toBe(3.25);
    const first = GMSC_EVALUATION_2022.smartDimensions[0];
    expect(facts.evaluation?.dimensions[0]).toEqual({ code: first?.code, nameId: first?.nameId, score: 3.25 });
    expect(facts.evaluation?.dimensions.every((d) => d.score === 3.25)).toBe(true);
    expect(facts.evaluation?.scale).toEqual({
      min: GMSC_EVALUATION_2022.scale.min,
      max: GMSC_EVALUATION_2022.scale.max,
    });

    // What the books get: the same facts on the PrintPlan.
    expect((await loadPlanForPrint(app.database.db, banjar)).facts.evaluation?.year).toBe(2024);

    // Bandung only has the unpublished round: nothing to show.
    expect((await loadFigureFacts(app.database.db, bandung)).evaluation).toBeNull();

    // Once 2025 is published, it is the latest.
    await app.database.db.update(evaluationRound).set({ status: "published" }).where(eq(evaluationRound.year, 2025));
    expect((await loadFigureFacts(app.database.db, banjar)).evaluation?.year).toBe(2025);
  });

  it("returns readiness by lens from the published selection, scored by the ranking's rule", async () => {
    const app = t.app();
    const db = app.database.db;
    const SOLOK = "13.72";
    const plan = await makeMasterplan(app, SOLOK);
    expect((await loadFigureFacts(db, plan)).readiness).toBeNull();

    const co = await makeCohort(app, { year: 2024 });
    const [c] = await db
      .insert(candidate)
      .values({ cohortId: co.id, regionCode: SOLOK, status: "selected" })
      .returning();
    const criteria = await db
      .select()
      .from(readinessCriterion)
      .where(eq(readinessCriterion.instrumentId, co.instrumentId));
    const assessor = await makeUser(app, { role: "assessor" });
    // Every criterion at the top of the scale except struktur at the bottom.
    const [inst] = await db.select().from(readinessInstrument).where(eq(readinessInstrument.id, co.instrumentId));
    if (!c || !inst) throw new Error("setup failed");
    await db.insert(assessmentScore).values(
      criteria.map((k) => ({
        candidateId: c.id,
        criterionId: k.id,
        assessorId: assessor.id,
        score: k.lens === "struktur" ? inst.scaleMin : inst.scaleMax,
      })),
    );
    const r = (await loadFigureFacts(db, plan)).readiness;
    expect(r?.cohortName).toBe(co.name);
    expect(r?.assessors).toBe(1);
    expect(r?.byLens.struktur).toBe(0);
    expect(r?.byLens.infrastruktur).toBe(100);
    expect(r && r.mean > 0 && r.mean < 100).toBe(true);
  });
});
