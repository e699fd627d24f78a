import { roadmap } from "../../../domain/masterplan";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, bold, type Cell, cell, italics, type Outline, para, type Table } from "../model";
import { quickWinTable } from "./buku-3";
import type { Captions } from "./captions";
import { roadmapGanttFigure } from "./figure-slots";

const juta = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const sumCell = (text: string): Cell => cell([bold(text)], { shade: true, align: "right" });

/** Year × dimension: programs running that year, or their budget of that year in millions of Rupiah. */
export function roadmapTable(pp: PrintPlan, what: "programs" | "budget", caption: string): Table {
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

/**
 * The peta jalan of Buku 2: programs and budget per year and dimension, one Gantt chart per dimension,
 * then the quick wins.
 */
export function roadmapChapter(o: Outline, pp: PrintPlan, captions: Captions): Block[] {
  const out: Block[] = [o.chapter("PETA JALAN DAN QUICK WIN"), o.section("Peta Jalan")];
  out.push(
    para(
      "Peta jalan diturunkan dari tahun pelaksanaan dan anggaran indikatif setiap program: berapa program berjalan dan berapa anggaran indikatifnya pada setiap tahun dan dimensi. Rincian tahapan dan rencana aksi tahunan dimuat dalam Buku 4 Road Map.",
      { align: "justify" },
    ),
    roadmapTable(pp, "programs", captions.table("Jumlah Program Berjalan per Tahun dan Dimensi")),
    roadmapTable(pp, "budget", captions.table("Anggaran Indikatif per Tahun dan Dimensi (juta Rupiah)")),
  );
  for (const d of pp.dimensions) {
    const figure = captions.figure(`Peta Jalan Program Dimensi ${d.nameId}`, (c) => roadmapGanttFigure(pp, d.code, c));
    if (figure) out.push(figure);
  }
  out.push(
    o.section("Quick Win"),
    para(
      "Quick win adalah program atau kegiatan yang hasilnya cepat terlihat dan dirasakan manfaatnya oleh masyarakat, umumnya dalam satu tahun anggaran, dengan sumber daya yang sudah tersedia. Rinciannya dimuat dalam Buku 3 Quick Wins.",
      { align: "justify" },
    ),
    pp.quickWins.length
      ? quickWinTable(pp, captions.table("Daftar Quick Win"))
      : para([italics("Belum ada quick win yang dicatat dalam data masterplan.")]),
  );
  return out;
}
