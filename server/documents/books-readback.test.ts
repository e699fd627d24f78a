import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Book } from "../../domain/documents";
import { masterplan, masterplanSection, program } from "../db/schema/index";
import { generateBook } from "../services/documents/generate-book";
import type { PlanRow } from "../services/masterplans/load";
import { FOREWORD_CONTENT } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";
import { makePrintablePlan } from "./test-fixture";

/**
 * The books as their readers get them: our PDF read by poppler, our DOCX opened by LibreOffice
 * (converted to PDF, as an officer's "Save as PDF") and read by poppler too. CI installs both;
 * on a machine without them the file is skipped, never in CI.
 */
const has = (cmd: string, arg: string) => {
  try {
    execFileSync(cmd, [arg], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
};
const tools = has("pdftotext", "-v") && has("soffice", "--version");

const t = setupTestApp();
const dir = mkdtempSync(path.join(tmpdir(), "kc-readback-"));
let enacted: PlanRow;
let programNames: string[] = [];
// KEEP_READBACK=1 keeps the files to look at (pdftoppm -png …).
afterAll(() =>
  process.env.KEEP_READBACK ? console.log(`read-back files: ${dir}`) : rmSync(dir, { recursive: true, force: true }),
);

beforeAll(async () => {
  if (!tools) return;
  const db = t.app().database.db;
  const made = await makePrintablePlan(t.app(), "32.79", {
    status: "enacted",
    programs: 14,
    perkada: { number: "12", date: "2025-03-05" },
  });
  await db.insert(masterplanSection).values({ masterplanId: made.plan.id, key: "foreword", content: FOREWORD_CONTENT });
  enacted = (await db.select().from(masterplan).where(eq(masterplan.id, made.plan.id)))[0] as PlanRow;
  programNames = (
    await db.select({ name: program.name }).from(program).where(eq(program.masterplanId, enacted.id))
  ).map((p) => p.name);
}, 120_000);

/** Our PDF and LibreOffice's PDF of our DOCX, each as the text of its pages (poppler, reading order). */
async function readBoth(book: Book): Promise<{ pdf: string[]; docx: string[]; pdfFile: string; docxPdfFile: string }> {
  const db = t.app().database.db;
  const pdf = await generateBook(db, { plan: enacted, book, format: "pdf" });
  const docx = await generateBook(db, { plan: enacted, book, format: "docx" });
  const pdfFile = path.join(dir, `${book}.pdf`);
  const docxFile = path.join(dir, `${book}.docx`);
  writeFileSync(pdfFile, pdf.buffer);
  writeFileSync(docxFile, docx.buffer);
  const out = path.join(dir, "lo");
  // A profile of its own, so a LibreOffice the developer has open does not take the conversion.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      docxFile,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
  const docxPdfFile = path.join(out, `${book}.pdf`);
  const pages = (file: string) =>
    execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
  return { pdf: pages(pdfFile), docx: pages(docxPdfFile), pdfFile, docxPdfFile };
}

/** The entries of a list page: "title …… 12" lines, with their page labels. */
function listEntries(pages: string[], title: string): Array<{ text: string; page: string }> {
  const start = pages.findIndex((p) => p.split("\n").some((l) => l.trim() === title));
  if (start < 0) return [];
  const out: Array<{ text: string; page: string }> = [];
  // A list runs over its page and the ones after it until the next page with a title of its own.
  for (let i = start; i < pages.length; i++) {
    if (i > start && !/\.{4,}|\s{3,}[ivx\d]+\s*$/m.test(pages[i] ?? "")) break;
    for (const line of (pages[i] ?? "").split("\n")) {
      const m = /^\s*(\S.*?)[\s.]{2,}([ivx]+|\d+)\s*$/.exec(line);
      if (m?.[1] && m[2] && !/^Halaman$/.test(m[1].trim())) out.push({ text: m[1].trim(), page: m[2] });
    }
    if (i > start + 6) break;
  }
  return out.filter((e) => !e.text.includes("Halaman"));
}

/** Pages with nothing but the running header and footer. */
const emptyPages = (pages: string[], header: RegExp) =>
  pages
    .map((p, i) => ({ i: i + 1, rest: p.split("\n").filter((l) => l.trim() && !/Halaman/.test(l) && !header.test(l)) }))
    .filter((p) => p.rest.length === 0)
    .map((p) => p.i);

describe.skipIf(!tools && !process.env.CI)("Buku 2 of an enacted plan, read back by poppler and LibreOffice", () => {
  let both: Awaited<ReturnType<typeof readBoth>>;
  beforeAll(async () => {
    both = await readBoth("buku-2");
  }, 600_000);

  it("lists its chapters with page numbers in the PDF and in the DOCX", () => {
    for (const pages of [both.pdf, both.docx]) {
      const toc = listEntries(pages, "DAFTAR ISI");
      const chapters = toc.filter((e) => /^BAB [IVX]+/.test(e.text));
      expect(chapters.length).toBeGreaterThanOrEqual(5);
      for (const c of chapters) expect(c.page).toMatch(/^\d+$/);
      // Chapters run forward through the book.
      const numbers = chapters.map((c) => Number(c.page));
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      expect(numbers[0]).toBe(1);
    }
  });

  it("lists at least three numbered figures with their pages, and draws them", () => {
    for (const pages of [both.pdf, both.docx]) {
      const figures = listEntries(pages, "DAFTAR GAMBAR").filter((e) => /^Gambar \d+\.\d+ /.test(e.text));
      expect(figures.length).toBeGreaterThanOrEqual(3);
    }
    // Vector in our PDF: the figure pages paint paths; a picture in the DOCX's.
    const images = execFileSync("pdfimages", ["-list", both.docxPdfFile], { encoding: "utf8" });
    expect(images.split("\n").filter((l) => /^\s*\d+\s+\d+\s+image/.test(l)).length).toBeGreaterThanOrEqual(3);
    const figurePage = both.pdf.findIndex((p, i) => i > 5 && /Gambar \d+\.\d+ /.test(p));
    expect(figurePage).toBeGreaterThan(0);
    const svg = execFileSync(
      "pdftocairo",
      ["-svg", "-f", String(figurePage + 1), "-l", String(figurePage + 1), both.pdfFile, "-"],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(20);
  });

  it("lists its tables with page numbers", () => {
    for (const pages of [both.pdf, both.docx]) {
      const tables = listEntries(pages, "DAFTAR TABEL").filter((e) => /^Tabel \d+\.\d+ /.test(e.text));
      expect(tables.length).toBeGreaterThanOrEqual(5);
    }
  });

  it("numbers the front matter in Roman numerals and the chapters from 1", () => {
    for (const pages of [both.pdf, both.docx]) {
      const footer = (p: string) => /Halaman ([ivx]+|\d+)/.exec(p)?.[1];
      const foreword = pages.findIndex((p) => /KATA PENGANTAR/.test(p) && !/DAFTAR ISI/.test(p));
      expect(footer(pages[foreword] ?? "")).toBe("i");
      const bab1 = pages.findIndex((p) => /^\s*BAB I\s*$/m.test(p));
      expect(footer(pages[bab1] ?? "")).toBe("1");
    }
  });

  it("prints every program name whole, and no placeholder, and leaves no page empty", () => {
    for (const pages of [both.pdf, both.docx]) {
      const flat = pages.join("\n");
      const words = new Set(flat.split(/[\s|]+/));
      for (const name of programNames)
        for (const word of name.split(/\s+/).filter((w) => w.length >= 4))
          expect(words.has(word), `${word} whole`).toBe(true);
      expect(flat).not.toMatch(/\[[^\]]*diisi/);
      expect(flat).not.toContain("(……");
      expect(flat).not.toContain("undefined");
      expect(emptyPages(pages, /Buku 2|Masterplan Smart City/)).toEqual([]);
    }
  });
});

describe.skipIf(!tools && !process.env.CI)("the Perkada, read back", () => {
  it("is set on F4 pages in both formats", async () => {
    const both = await readBoth("perkada");
    for (const file of [both.pdfFile, both.docxPdfFile]) {
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      // 215 × 330 mm (LibreOffice rounds to its own units, within a point).
      expect(Math.abs(Number(w) - 609.45)).toBeLessThan(1.5);
      expect(Math.abs(Number(h) - 935.43)).toBeLessThan(1.5);
    }
    for (const pages of [both.pdf, both.docx]) expect(emptyPages(pages, /Peraturan|PERATURAN/)).toEqual([]);
    expect(readFileSync(both.pdfFile).length).toBeGreaterThan(1000);
  }, 600_000);
});
