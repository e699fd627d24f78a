import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, cell, type DocumentModel, italics, Outline, para, type Table } from "../model";
import { introChapter } from "./chapters";
import { opdText, periodText, regionWords } from "./context";
import { bookDocument } from "./frame";
import { roadmapTable } from "./roadmap";
import { yearTotalsTable } from "./tables";

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
