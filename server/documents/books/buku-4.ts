import { budgetByYear, roadmap } from "../../../domain/masterplan";
import { formatRupiah } from "../../../domain/rupiah";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, bold, type Cell, cell, type DocumentModel, italics, Outline, para, type Table } from "../model";
import { introChapter } from "./chapters";
import { opdText, periodText, regionWords } from "./context";
import { bookDocument } from "./frame";

const juta = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const sumCell = (text: string): Cell => cell([bold(text)], { shade: true, align: "right" });

/** Year × dimension: programs running that year, or their budget of that year in millions of Rupiah. */
function roadmapTable(pp: PrintPlan, what: "programs" | "budget", caption: string): Table {
  const period = { periodStart: pp.plan.periodStart, periodEnd: pp.plan.periodEnd };
  const cells = roadmap(
    period,
    pp.dimensions.map((d) => d.code),
    pp.programs,
  );
  const value = (n: number) => (what === "programs" ? String(n) : juta.format(n / 1e6));
  const years = [...new Set(cells.map((c) => c.year))];
  const of = (year: number, dim: string) => cells.find((c) => c.year === year && c.dimensionCode === dim);
  const pick = (year: number, dim: string) =>
    what === "programs" ? (of(year, dim)?.programs ?? 0) : (of(year, dim)?.budget ?? 0);
  return {
    kind: "table",
    caption,
    size: "small",
    columns: [
      { width: 9, align: "center" },
      ...pp.dimensions.map(() => ({ width: 13.5, align: "right" as const })),
      { width: 12, align: "right" },
    ],
    header: [[cell("Tahun"), ...pp.dimensions.map((d) => cell(d.nameId.replace(/^Smart /, ""))), cell("Jumlah")]],
    rows: years.map((y) => {
      const row = pp.dimensions.map((d) => pick(y, d.code));
      return [cell(String(y)), ...row.map((n) => cell(value(n))), sumCell(value(row.reduce((s, n) => s + n, 0)))];
    }),
  };
}

/** Total per year in full Rupiah. */
export function yearTotalsTable(pp: PrintPlan, caption: string): Table {
  const byYear = budgetByYear(pp.programs);
  const rows: Cell[][] = [];
  for (let y = pp.plan.periodStart; y <= pp.plan.periodEnd; y++) {
    const running = pp.programs.filter((p) => p.startYear <= y && y <= p.endYear).length;
    rows.push([cell(String(y)), cell(String(running)), cell(formatRupiah(byYear[y] ?? 0))]);
  }
  const total = Object.values(byYear).reduce((s, v) => s + v, 0);
  rows.push([{ ...cell([bold("Jumlah")], { shade: true }), colSpan: 2 }, sumCell(formatRupiah(total))]);
  return {
    kind: "table",
    caption,
    columns: [
      { width: 20, align: "center" },
      { width: 30, align: "center" },
      { width: 50, align: "right" },
    ],
    header: [["Tahun", "Program Berjalan", "Anggaran Indikatif"].map((h) => cell(h))],
    rows,
  };
}

/** Per dimension: each program against the years of the period, the years it runs shaded. */
function stagesTable(pp: PrintPlan, dimensionCode: string, caption: string): Table | null {
  const programs = pp.programs.filter((p) => p.dimensionCode === dimensionCode);
  if (!programs.length) return null;
  const years: number[] = [];
  for (let y = pp.plan.periodStart; y <= pp.plan.periodEnd; y++) years.push(y);
  // Two-digit years keep ten (or twenty) columns narrow; the caption names the full period.
  return {
    kind: "table",
    caption: `${caption}, ${years[0]}–${years[years.length - 1]}`,
    size: "small",
    columns: [{ width: 5, align: "center" }, { width: 27 }, { width: 13 }, ...years.map(() => ({ width: 5 }))],
    header: [[cell("No"), cell("Program"), cell("OPD"), ...years.map((y) => cell(`’${String(y).slice(2)}`))]],
    rows: programs.map((p, i) => [
      cell(String(i + 1)),
      cell(p.name),
      cell(opdText(pp, p.ownerOpdId)),
      ...years.map((y) => (p.startYear <= y && y <= p.endYear ? cell(" ", { shade: "strong" }) : cell(""))),
    ]),
  };
}

/** Per year: the action steps (rencana aksi) of every program. */
function actionPlanBlocks(o: Outline, pp: PrintPlan): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (let y = pp.plan.periodStart; y <= pp.plan.periodEnd; y++) {
    const steps = pp.programs.flatMap((p) =>
      p.actionPlan.filter((s) => s.year === y).map((s) => ({ p, step: s.step })),
    );
    if (!steps.length) continue;
    n += 1;
    out.push(o.section(`Rencana Aksi Tahun ${y}`), {
      kind: "table",
      caption: `Tabel ${o.currentChapter}.${n} Rencana Aksi Tahun ${y}`,
      size: "small",
      columns: [{ width: 5, align: "center" }, { width: 38 }, { width: 13 }, { width: 44 }],
      header: [["No", "Program", "OPD", "Langkah"].map((h) => cell(h))],
      rows: steps.map((s, i) => [cell(String(i + 1)), cell(s.p.name), cell(opdText(pp, s.p.ownerOpdId)), cell(s.step)]),
    });
  }
  return out.length ? out : [para([italics("Belum ada rencana aksi yang dicatat.")])];
}

/** Buku 4 Road Map: the peta jalan by year and dimension, program stages, and yearly action plans. */
export function buku4(pp: PrintPlan): DocumentModel {
  const o = new Outline();
  const w = regionWords(pp.region);
  const purpose = `Buku 4 Road Map memuat peta jalan pelaksanaan Masterplan Smart City ${w.name} Tahun ${periodText(pp)}: sebaran program dan anggaran indikatif per tahun dan dimensi, tahapan setiap program, serta rencana aksi tahunan.`;
  const chapters: Block[] = [
    ...introChapter(o, pp, purpose, [
      "BAB I Pendahuluan",
      "BAB II Peta Jalan per Tahun dan Dimensi",
      "BAB III Tahapan Program per Dimensi",
      "BAB IV Rencana Aksi Tahunan",
    ]),
    o.chapter("PETA JALAN PER TAHUN DAN DIMENSI"),
    para("Peta jalan diturunkan dari tahun pelaksanaan dan anggaran indikatif setiap program.", { align: "justify" }),
    o.section("Jumlah Program"),
    roadmapTable(pp, "programs", `Tabel ${o.currentChapter}.1 Jumlah Program Berjalan per Tahun dan Dimensi`),
    o.section("Anggaran Indikatif"),
    roadmapTable(pp, "budget", `Tabel ${o.currentChapter}.2 Anggaran Indikatif per Tahun dan Dimensi (juta Rupiah)`),
    yearTotalsTable(pp, `Tabel ${o.currentChapter}.3 Anggaran Indikatif per Tahun`),
    o.chapter("TAHAPAN PROGRAM PER DIMENSI"),
  ];
  let n = 0;
  for (const d of pp.dimensions) {
    chapters.push(o.section(`Dimensi ${d.nameId}`));
    n += 1;
    chapters.push(
      stagesTable(pp, d.code, `Tabel ${o.currentChapter}.${n} Tahapan Program Dimensi ${d.nameId}`) ??
        para([italics("Belum ada program pada dimensi ini.")]),
    );
  }
  chapters.push(o.chapter("RENCANA AKSI TAHUNAN"), ...actionPlanBlocks(o, pp));
  return bookDocument(pp, "buku-4", chapters);
}
