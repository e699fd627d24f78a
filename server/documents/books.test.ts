import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { BOOKS, type Book } from "../../domain/documents";
import { masterplan, masterplanSection } from "../db/schema/index";
import { generateBook } from "../services/documents/generate-book";
import type { PlanRow } from "../services/masterplans/load";
import { FOREWORD_CONTENT, makeMasterplan } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";
import { PROGRAM_TABLE_OWNER } from "./books/tables";
import { readDocx, readPdf } from "./read-back";
import { GALENDO, makePrintablePlan } from "./test-fixture";

const t = setupTestApp();
let draft: PlanRow;
let enacted: PlanRow;
let programCount = 0;

const reload = async (id: number) =>
  (await t.app().database.db.select().from(masterplan).where(eq(masterplan.id, id)))[0] as PlanRow;

beforeAll(async () => {
  const made = await makePrintablePlan(t.app(), "32.79");
  programCount = made.programCount;
  draft = await reload(made.plan.id);
  const other = await makePrintablePlan(t.app(), "32.73", {
    status: "enacted",
    perkada: { number: "12", date: "2025-03-05" },
  });
  enacted = await reload(other.plan.id);
}, 60_000);

const generate = (plan: PlanRow, book: Book, format: "docx" | "pdf") =>
  generateBook(t.app().database.db, { plan, book, format });

// Chapter headings each book must carry, as printed.
const CHAPTERS: Record<Book, string[]> = {
  "buku-1": ["PROFIL DAERAH", "ANALISIS KESIAPAN DAERAH", "ANALISIS SWOT", "ISU STRATEGIS PRIORITAS"],
  "buku-2": ["VISI, MISI DAN TUJUAN SMART CITY", "PROGRAM PENGEMBANGAN SMART CITY", "TATA KELOLA SMART CITY"],
  "buku-3": ["QUICK WIN", "PROGRAM TAHUN 2024 DAN 2025"],
  "buku-4": ["PETA JALAN PER TAHUN DAN DIMENSI", "TAHAPAN PROGRAM PER DIMENSI", "RENCANA AKSI TAHUNAN"],
  "ringkasan-eksekutif": ["VISI DAN MISI", "PROGRAM DAN ANGGARAN INDIKATIF", "QUICK WIN"],
  perkada: ["KETENTUAN UMUM", "Menimbang", "Mengingat", "MEMUTUSKAN", "LAMPIRAN"],
};

describe("every book of a draft plan, as DOCX", () => {
  it.each(BOOKS)("%s: Word headings, the chapters, Indonesian text and the DRAF marker", async (book) => {
    const doc = await generate(draft, book, "docx");
    expect(doc.contentType).toContain("wordprocessingml");
    const docx = await readDocx(doc.buffer);
    expect(docx.body).toContain('w:pStyle w:val="Heading1"');
    for (const chapter of CHAPTERS[book]) expect(docx.text).toContain(chapter);
    expect(docx.headerText).toContain("DRAF");
    expect(docx.text).not.toContain("undefined");
  });
});

describe("Buku 2 as DOCX", () => {
  it("prints one program row per program under a header, with Indonesian characters and Rupiah intact", async () => {
    const docx = await readDocx((await generate(draft, "buku-2", "docx")).buffer);
    const programTables = docx.tables.filter((rows) => rows[0]?.includes(PROGRAM_TABLE_OWNER));
    expect(programTables.length).toBeGreaterThan(0);
    const dataRows = programTables.flatMap((rows) => rows.slice(1));
    expect(dataRows).toHaveLength(programCount);
    expect(programTables.every((rows) => rows[0]?.[0] === "No")).toBe(true);
    const galendo = dataRows.filter((r) => r[2]?.includes(GALENDO.name));
    expect(galendo).toHaveLength(1);
    expect(galendo[0]?.[6]).toBe(GALENDO.totalText);
    expect(docx.body).toContain("Galendo &amp; Kuliner");
    expect(docx.body).toContain("<w:tblHeader/>");
    expect(docx.text).toContain("BAB I\nPENDAHULUAN");
    expect(docx.text).toContain("4.1  Program Dimensi Smart Governance");
  });

  it("drops the draft marker and carries the Perkada number once the plan is enacted", async () => {
    const docx = await readDocx((await generate(enacted, "buku-2", "docx")).buffer);
    expect(docx.headerText).not.toContain("DRAF");
    expect(docx.text).not.toContain("DRAF");
    expect(docx.text).toContain("Peraturan Wali Kota Bandung Nomor 12 Tahun 2025 tanggal 5 Maret 2025");
    expect(docx.headerText).toContain("Buku 2 Masterplan");
  });

  it("opens with the foreword the region wrote and signed, and marks it as a blank until then", async () => {
    const before = (await readDocx((await generate(draft, "buku-2", "docx")).buffer)).text;
    expect(before).toContain("[Kata pengantar diisi oleh");
    await t
      .app()
      .database.db.insert(masterplanSection)
      .values({
        masterplanId: enacted.id,
        key: "foreword",
        content: { ...FOREWORD_CONTENT, signatoryName: "Dr. H. Dadang Supriatna", signatoryNip: "197001012000031001" },
      });
    const text = (await readDocx((await generate(enacted, "buku-2", "docx")).buffer)).text;
    expect(text).toContain("Puji syukur, Masterplan Smart City ini menjadi arah bersama kota.");
    expect(text).toContain("Banjar, 20 September 2024");
    expect(text).toContain("WALI KOTA BANJAR,");
    expect(text).toContain("Dr. H. Dadang Supriatna");
    expect(text).toContain("NIP 197001012000031001");
    expect(text).not.toContain("[Kata pengantar");
    expect(text).not.toContain("(………");
  });

  it("writes the Perkada of an enacted plan with its number and date, without 'Rancangan'", async () => {
    const docx = await readDocx((await generate(enacted, "perkada", "docx")).buffer);
    expect(docx.text).toContain("NOMOR 12 TAHUN 2025");
    expect(docx.text).toContain("pada tanggal 5 Maret 2025");
    expect(docx.text).not.toContain("RANCANGAN");
    const draftText = (await readDocx((await generate(draft, "perkada", "docx")).buffer)).text;
    expect(draftText).toContain("RANCANGAN");
    expect(draftText).toContain("NOMOR … TAHUN …");
    expect(draftText).toContain("PERATURAN WALI KOTA BANJAR");
    expect(draftText).toContain("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah");
  });
});

describe("the Perkada of each kind of region", () => {
  it("is a Peraturan Gubernur for a province, signed by its Gubernur in the provincial capital", async () => {
    const jabar = await reload((await makeMasterplan(t.app(), "32")).id);
    const docx = await readDocx((await generate(jabar, "perkada", "docx")).buffer);
    expect(docx.text).toContain("PERATURAN GUBERNUR JAWA BARAT");
    expect(docx.text).toContain("MASTERPLAN SMART CITY PROVINSI JAWA BARAT");
    expect(docx.text).toContain("Ditetapkan di Bandung");
    expect(docx.text).toContain("GUBERNUR JAWA BARAT,");
    expect(docx.text).toContain("Gubernur adalah Gubernur Jawa Barat.");
    expect(docx.text).toContain("BERITA DAERAH PROVINSI JAWA BARAT");
    expect(docx.text).not.toMatch(/Wali Kota|Bupati/);
    // A province's law is drafted by the Biro Hukum of its Sekretariat Daerah, not a Bagian Hukum.
    expect(docx.text).toContain("diisi oleh Biro Hukum");
    expect(docx.text).toContain("oleh Biro Hukum Sekretariat Daerah");
    expect(docx.text).not.toContain("Bagian Hukum");
    expect(docx.headerText).toContain("Rancangan Peraturan Gubernur Jawa Barat tentang");
  });

  it("is a Peraturan Bupati for a kabupaten", async () => {
    const bandung = await reload((await makeMasterplan(t.app(), "32.04")).id);
    const docx = await readDocx((await generate(bandung, "perkada", "docx")).buffer);
    expect(docx.text).toContain("PERATURAN BUPATI BANDUNG");
    expect(docx.text).toContain("BUPATI BANDUNG,");
    expect(docx.text).not.toMatch(/Wali Kota|Gubernur/);
    expect(docx.text).toContain("oleh Bagian Hukum Sekretariat Daerah");
    expect(docx.text).not.toContain("Biro Hukum");
  });
});

describe("every book as PDF", () => {
  it.each(BOOKS)("%s: pages, table of contents and chapter headings", async (book) => {
    const doc = await generate(draft, book, "pdf");
    expect(doc.contentType).toBe("application/pdf");
    const pdf = await readPdf(doc.buffer);
    expect(pdf.pageCount).toBeGreaterThan(book === "ringkasan-eksekutif" ? 2 : 4);
    for (const chapter of CHAPTERS[book]) expect(pdf.text).toContain(chapter);
    expect(pdf.text).toContain("DRAF");
    if (book !== "perkada") {
      const toc = pdf.pages.find((p) => p.includes("DAFTAR ISI")) ?? "";
      expect(toc).toMatch(/BAB I PENDAHULUAN \d+/);
      expect(toc).toContain(`BAB II ${book === "ringkasan-eksekutif" ? "VISI DAN MISI" : ""}`);
    }
  });

  it("Buku 2 keeps Indonesian text and Rupiah, numbers its pages, and an enacted plan has no DRAF", async () => {
    const pdf = await readPdf((await generate(draft, "buku-2", "pdf")).buffer);
    expect(pdf.pageCount).toBeGreaterThan(12);
    // A table cell wraps the name over two lines: compare with the line breaks as spaces.
    const flat = pdf.text.replace(/\s+/g, " ");
    expect(flat).toContain(GALENDO.name);
    expect(flat).toContain(GALENDO.totalText);
    // The front matter (open items, foreword, lists) counts i, ii, …; the chapters restart at 1.
    expect(pdf.pages[2]).toContain("Halaman ii");
    expect(pdf.pages.at(-1)).toMatch(/Halaman \d+/);
    // The table of contents runs over two pages: an entry is the heading and its page number.
    expect(flat).toMatch(/BAB IV PROGRAM PENGEMBANGAN SMART CITY \d+ 4\.1 Program Dimensi Smart Governance \d+/);
    const final = await readPdf((await generate(enacted, "buku-2", "pdf")).buffer);
    expect(final.text).not.toContain("DRAF");
    expect(final.text).toContain("Nomor 12 Tahun 2025");
  });
});

describe("a plan with nothing written yet", () => {
  it("still prints every book, saying what is missing instead of failing", async () => {
    const empty = await reload((await makeMasterplan(t.app(), "13.72")).id);
    for (const book of BOOKS) {
      const docx = await readDocx((await generate(empty, book, "docx")).buffer);
      expect(docx.text).toContain("Kota Solok");
      if (book === "buku-1" || book === "buku-2") expect(docx.text).toContain("belum diisi dalam data masterplan");
      const pdf = await readPdf((await generate(empty, book, "pdf")).buffer);
      expect(pdf.pageCount).toBeGreaterThan(1);
    }
    const buku2 = await readDocx((await generate(empty, "buku-2", "docx")).buffer);
    expect(buku2.text).toContain("Belum ada program pada elemen ini.");
    expect(buku2.tables.filter((rows) => rows[0]?.includes(PROGRAM_TABLE_OWNER))).toHaveLength(0);
  });
});

const hasPdftoppm = (() => {
  try {
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("Buku 2 renders as a person sees it", () => {
  // CI installs poppler-utils; without it (a developer's machine) the check is skipped, never in CI.
  it.skipIf(!hasPdftoppm && !process.env.CI)("pdftoppm draws the first four pages as A4 images", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kc-buku2-"));
    try {
      writeFileSync(path.join(dir, "buku-2.pdf"), (await generate(draft, "buku-2", "pdf")).buffer);
      execFileSync("pdftoppm", ["-r", "50", "-png", "-f", "1", "-l", "4", "buku-2.pdf", "page"], { cwd: dir });
      const pngs = readdirSync(dir).filter((f) => f.endsWith(".png"));
      expect(pngs).toHaveLength(4);
      for (const name of pngs) {
        const png = readFileSync(path.join(dir, name));
        // IHDR: width and height of A4 at 50 dpi, 414 × 585 pixels (595 × 842 pt, rounded up).
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([414, 585]);
        expect(png.length).toBeGreaterThan(2_000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
