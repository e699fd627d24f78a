import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { BOOKS } from "../../../domain/documents";
import { formatCitation, LEGAL_BASIS } from "../../../domain/legal-basis";
import { masterplan, masterplanSection } from "../../db/schema/index";
import { loadPlanForPrint, type PrintPlan } from "../../services/documents/load-plan-for-print";
import type { PlanRow } from "../../services/masterplans/load";
import { FOREWORD_CONTENT } from "../../testing/masterplan-factories";
import { setupTestApp } from "../../testing/test-app";
import type { Block, DocumentModel, Table } from "../model";
import { plainText } from "../model";
import { FIXTURE_INDICATORS, fixtureTargets, GALENDO, makePrintablePlan } from "../test-fixture";
import { buku2 } from "./buku-2";
import { buildBook } from "./index";

const t = setupTestApp();
let draft: PrintPlan;
let enacted: PrintPlan;
const PERDA =
  "Peraturan Daerah Kota Bandung Nomor 5 Tahun 2025 tentang Rencana Pembangunan Jangka Menengah Daerah Tahun 2025–2029";

const reload = async (id: number) =>
  (await t.app().database.db.select().from(masterplan).where(eq(masterplan.id, id)))[0] as PlanRow;

beforeAll(async () => {
  const db = t.app().database.db;
  const a = await makePrintablePlan(t.app(), "32.79");
  draft = await loadPlanForPrint(db, await reload(a.plan.id));
  const b = await makePrintablePlan(t.app(), "32.73", {
    status: "enacted",
    perkada: { number: "12", date: "2025-03-05" },
  });
  // Complete: the foreword signed and the RPJMD Perda named.
  await db.insert(masterplanSection).values({ masterplanId: b.plan.id, key: "foreword", content: FOREWORD_CONTENT });
  const visionRow = (
    await db.select().from(masterplanSection).where(eq(masterplanSection.masterplanId, b.plan.id))
  ).find((s) => s.key === "vision");
  if (!visionRow) throw new Error("fixture without vision");
  await db
    .update(masterplanSection)
    .set({ content: { ...visionRow.content, rpjmdRegulation: `  ${PERDA}  ` } })
    .where(and(eq(masterplanSection.masterplanId, b.plan.id), eq(masterplanSection.key, "vision")));
  enacted = await loadPlanForPrint(db, await reload(b.plan.id));
}, 120_000);

/** Every block, those inside kept groups too, in order. */
function flat(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === "keep" ? flat(b.blocks) : [b]));
}

/** All text a reader sees in the document: cover, running header and footer, every block. */
function allText(doc: DocumentModel): string {
  const parts: string[] = [
    ...(doc.cover?.lines ?? []).map((l) => l.text),
    ...(doc.cover?.bottom ?? []).map((l) => l.text),
    doc.header ?? "",
    doc.footer ?? "",
  ];
  for (const b of flat(doc.body)) {
    if (b.kind === "heading") parts.push(`${b.number ?? ""} ${b.text}`);
    else if (b.kind === "paragraph") parts.push(plainText(b.runs));
    else if (b.kind === "list") {
      const items = [...b.items];
      for (let i = items.shift(); i; i = items.shift()) {
        parts.push(plainText(i.runs));
        if (i.sublist) items.push(...i.sublist.items);
      }
    } else if (b.kind === "table") {
      parts.push(b.caption ?? "");
      for (const row of [...b.header, ...b.rows]) for (const c of row) parts.push(plainText(c.runs));
    } else if (b.kind === "figure") parts.push(b.caption, b.source ?? "");
    else if (b.kind === "toc") parts.push(b.title);
  }
  return parts.join("\n");
}

const tables = (doc: DocumentModel) => flat(doc.body).filter((b): b is Table => b.kind === "table");
const captioned = (doc: DocumentModel, text: string) => tables(doc).find((x) => x.caption?.includes(text));
const rowsText = (x: Table | undefined) =>
  x ? [...x.header, ...x.rows].map((r) => r.map((c) => plainText(c.runs))) : [];

describe("Buku 2 as a document model", () => {
  it("opens with the front matter: foreword, table of contents, list of tables and list of figures", () => {
    const doc = buku2(enacted);
    expect(doc.frontMatter).toBe(true);
    const tocs = doc.body.filter((b) => b.kind === "toc");
    expect(tocs.map((b) => [b.title, b.list ?? "headings"])).toEqual([
      ["DAFTAR ISI", "headings"],
      ["DAFTAR TABEL", "tables"],
      ["DAFTAR GAMBAR", "figures"],
    ]);
    expect(doc.body[0]).toMatchObject({ kind: "heading", text: "KATA PENGANTAR" });
    expect(flat(doc.body).filter((b) => b.kind === "figure").length).toBeGreaterThan(0);
  });

  it("cites every regulation of the maintained list in Dasar Hukum, and the region's RPJMD Perda as given", () => {
    const doc = buku2(enacted);
    const at = doc.body.findIndex((b) => b.kind === "heading" && b.text === "Dasar Hukum");
    expect(doc.body[at]).toMatchObject({ kind: "heading", level: 2 });
    const list = doc.body.slice(at).find((b) => b.kind === "list");
    const items = list?.kind === "list" ? list.items.map((i) => plainText(i.runs)) : [];
    expect(items).toHaveLength(LEGAL_BASIS.length + 1);
    for (const e of LEGAL_BASIS) expect(items).toContain(`${formatCitation(e)};`);
    expect(items).toContain(
      "Undang-Undang Nomor 59 Tahun 2024 tentang Rencana Pembangunan Jangka Panjang Nasional Tahun 2025–2045;",
    );
    expect(items.at(-1)).toBe(`${PERDA}.`);
  });

  it("profiles every program: its indicators with baseline and a target for each year, budget per year and source, action plan", () => {
    const doc = buku2(draft);
    for (const p of draft.programs) {
      const ind = captioned(doc, `Indikator dan Target Program ${p.code}`);
      const rows = rowsText(ind);
      expect(rows[0]).toEqual(["No", "Indikator", "Satuan", "Baseline (Tahun)", "Target 2025", "Target 2026"]);
      expect(rows).toHaveLength(1 + FIXTURE_INDICATORS.length);
      const first = FIXTURE_INDICATORS[0];
      const [t25, t26] = fixtureTargets(first.baseline);
      expect(rows[1]).toEqual(["1", `${first.name}\n${first.code}`, "%", "40,5 (2024)", "52,65", "60,75"]);
      expect([t25?.value, t26?.value]).toEqual([52.65, 60.75]);
      expect(rows[2]?.[3]).toBe("1.250 (2024)");
      const budget = rowsText(captioned(doc, `Anggaran Indikatif Program ${p.code} per Tahun dan Sumber Dana`));
      expect(budget).toEqual([
        ["Tahun", "APBD", "APBN", "Jumlah"],
        ["2025", "Rp 750.000.000", "Rp 0", "Rp 750.000.000"],
        ["2026", "Rp 0", "Rp 500.000.000", "Rp 500.000.000"],
        ["Jumlah", "Rp 750.000.000", "Rp 500.000.000", GALENDO.totalText],
      ]);
    }
    const text = allText(doc);
    expect(text).toContain(`P-01  ${GALENDO.name}`);
    expect(text).toContain("Dinas Komunikasi dan Informatika (Diskominfo)");
    expect(text).toContain("2025: Kajian & desain");
    expect(text).toContain("2026: Pelaksanaan dan evaluasi");
  });

  it("summarises the quick wins and the roadmap per year and dimension", () => {
    const doc = buku2(draft);
    const qw = rowsText(captioned(doc, "Daftar Quick Win"));
    expect(qw).toHaveLength(1 + draft.quickWins.length);
    expect(qw[1]?.[5]).toBe("Festival Galendo & Kuliner digelar – 5.000 pengunjung");
    const programs = rowsText(captioned(doc, "Jumlah Program Berjalan per Tahun dan Dimensi"));
    const years = programs.slice(1).map((r) => r[0]);
    expect(years[0]).toBe(String(draft.plan.periodStart));
    expect(years.at(-1)).toBe(String(draft.plan.periodEnd));
    const y2025 = programs.find((r) => r[0] === "2025");
    expect(y2025?.at(-1)).toBe(String(draft.programs.length));
    expect(captioned(doc, "Anggaran Indikatif per Tahun dan Dimensi (juta Rupiah)")).toBeDefined();
  });

  it("numbers every table and figure caption per chapter, without gaps", () => {
    const doc = buku2(draft);
    const seen = new Map<string, number[]>();
    for (const b of flat(doc.body)) {
      const caption = b.kind === "table" ? b.caption : b.kind === "figure" ? b.caption : undefined;
      if (!caption) continue;
      const m = /^(Tabel|Gambar) (\d+)\.(\d+) \S/.exec(caption);
      expect(m, caption).not.toBeNull();
      const key = `${m?.[1]} ${m?.[2]}`;
      seen.set(key, [...(seen.get(key) ?? []), Number(m?.[3])]);
    }
    expect(seen.size).toBeGreaterThan(2);
    for (const numbers of seen.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});

describe("the region's readiness in BAB I", () => {
  it("shows readiness by lens as Gambar 1.1 when the region was assessed, and nothing (no number) when not", () => {
    const facts = {
      readiness: {
        cohortName: "Angkatan 2024",
        cohortYear: 2024,
        mean: 71.5,
        byLens: { struktur: 68, infrastruktur: 74.5 },
        assessors: 3,
      },
      evaluation: null,
    };
    const doc = buku2({ ...draft, facts });
    const at = doc.body.findIndex((b) => b.kind === "heading" && b.text === "Kondisi Kesiapan Daerah");
    expect(doc.body[at]).toMatchObject({ number: "1.2" });
    expect(doc.body[at + 1]).toMatchObject({ kind: "figure", caption: "Gambar 1.1 Kesiapan Daerah per Lensa" });
    const none = buku2({ ...draft, facts: { readiness: null, evaluation: null } });
    expect(none.body.some((b) => b.kind === "heading" && b.text === "Kondisi Kesiapan Daerah")).toBe(false);
    expect(allText(none)).not.toContain("Gambar 1.");
  });
});

describe("the BELUM LENGKAP page", () => {
  it("comes right after the cover of a draft and lists the missing foreword and RPJMD Perda", () => {
    const doc = buku2(draft);
    expect(doc.body[0]).toMatchObject({ kind: "heading", text: "BELUM LENGKAP", toc: false });
    const end = doc.body.findIndex((b) => b.kind === "heading" && b.text === "KATA PENGANTAR");
    const page = allText({ ...doc, cover: undefined, header: "", footer: "", body: doc.body.slice(0, end) });
    expect(page).toContain("Kata pengantar belum lengkap: teks, tempat, tanggal");
    expect(page).toContain("Kata pengantar diisi oleh Pemerintah Kota Banjar");
    expect(page).toContain(
      "Peraturan Daerah Kota Banjar tentang Rencana Pembangunan Jangka Menengah Daerah — diisi pada tab Visi masterplan",
    );
    expect(page).not.toContain("[");
    // The book itself marks both blanks where they are printed.
    expect(allText(doc)).toContain("[Peraturan Daerah Kota Banjar tentang Rencana Pembangunan Jangka Menengah Daerah");
  });

  it("never appears in an enacted plan, which prints no '[' anywhere", () => {
    for (const book of BOOKS.filter((b) => b !== "perkada")) {
      const doc = buildBook(book, enacted);
      expect(doc.body.some((b) => b.kind === "heading" && b.text === "BELUM LENGKAP")).toBe(false);
      expect(allText(doc), book).not.toContain("[");
    }
    // Enacted without the RPJMD Perda named: Dasar Hukum leaves it out rather than print a blank.
    const { rpjmdRegulation: _, ...vision } = enacted.sections.vision ?? {};
    const without = buku2({ ...enacted, sections: { ...enacted.sections, vision } });
    expect(allText(without)).not.toContain("[");
    expect(allText(without)).not.toContain(PERDA);
  });
});

describe("the frame of every book", () => {
  it("numbers front matter apart and lists tables where a book has captioned ones; the Perkada keeps its own frame", () => {
    for (const book of BOOKS) {
      const doc = buildBook(book, draft);
      const tocs = doc.body.filter((b) => b.kind === "toc").map((b) => b.title);
      if (book === "perkada") {
        expect(doc.frontMatter).toBeFalsy();
        continue;
      }
      expect(doc.frontMatter, book).toBe(true);
      expect(tocs, book).toContain("DAFTAR ISI");
      expect(tocs, book).toContain("DAFTAR TABEL");
      expect(doc.body[0], book).toMatchObject({ text: "BELUM LENGKAP" });
    }
  });
});
