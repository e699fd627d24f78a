import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { bold, cell, type DocumentModel, italics, Outline, para, type Table } from "../model";
import { introChapter } from "./chapters";
import { dimensionName, elementName, opdText, periodText, regionWords } from "./context";
import { bookDocument } from "./frame";
import { programTable } from "./tables";

/** The quick wins, one row each, with the program they come from. */
export function quickWinTable(pp: PrintPlan, caption?: string): Table {
  const programs = new Map(pp.programs.map((p) => [p.id, p]));
  return {
    kind: "table",
    caption,
    size: "small",
    columns: [
      { width: 5, align: "center" },
      { width: 23 },
      { width: 17 },
      { width: 13 },
      { width: 8, align: "center" },
      { width: 18 },
      { width: 16 },
    ],
    header: [
      ["No", "Program", "Dimensi / Elemen", "OPD", "Tahun", "Target", "Alasan Cepat dan Terlihat"].map((h) => cell(h)),
    ],
    rows: pp.quickWins.map((q, i) => {
      const p = programs.get(q.programId);
      return [
        cell(String(i + 1)),
        cell(p ? [bold(p.name), { text: p.code ? `\n${p.code}` : "" }] : "–"),
        cell(p ? `${dimensionName(pp, p.dimensionCode)} /\n${elementName(pp, p.elementCode)}` : "–"),
        cell(opdText(pp, q.ownerOpdId ?? p?.ownerOpdId ?? null)),
        cell(String(q.year)),
        cell(q.target),
        cell(q.whyQuick),
      ];
    }),
  };
}

/** Buku 3 Quick Wins: the quick wins and the programs of the first two years. */
export function buku3(pp: PrintPlan): DocumentModel {
  const o = new Outline();
  const w = regionWords(pp.region);
  const start = pp.plan.periodStart;
  const early = pp.programs.filter((p) => p.startYear <= start + 1);
  const purpose = `Buku 3 Quick Wins memuat program-program ${w.name} yang hasilnya dapat segera dirasakan masyarakat pada awal periode Masterplan Smart City ${periodText(pp)}, beserta program yang dimulai pada tahun pertama dan kedua.`;
  return bookDocument(pp, "buku-3", [
    ...introChapter(o, pp, purpose, [
      "BAB I Pendahuluan",
      "BAB II Quick Win",
      `BAB III Program Tahun ${start} dan ${start + 1}`,
      "BAB IV Penutup",
    ]),
    o.chapter("QUICK WIN"),
    o.section("Kriteria Quick Win"),
    para(
      "Quick win adalah program atau kegiatan yang hasilnya cepat terlihat dan dirasakan manfaatnya oleh masyarakat, umumnya dalam satu tahun anggaran, memanfaatkan sumber daya yang sudah tersedia, dan menjadi penggerak awal pelaksanaan masterplan.",
      { align: "justify" },
    ),
    o.section("Daftar Quick Win"),
    pp.quickWins.length
      ? quickWinTable(pp, `Tabel ${o.currentChapter}.1 Daftar Quick Win`)
      : para([italics("Belum ada quick win yang dicatat dalam data masterplan.")]),
    o.chapter(`PROGRAM TAHUN ${start} DAN ${start + 1}`),
    para(
      `Program berikut dimulai pada dua tahun pertama periode masterplan dan perlu dimasukkan ke dalam Rencana Kerja Perangkat Daerah tahun ${start} dan ${start + 1}.`,
      { align: "justify" },
    ),
    early.length
      ? programTable(pp, early, `Tabel ${o.currentChapter}.1 Program yang Dimulai Tahun ${start}–${start + 1}`)
      : para([italics("Belum ada program yang dimulai pada dua tahun pertama.")]),
    o.chapter("PENUTUP"),
    para(
      `Pelaksanaan quick win dipantau oleh Tim Pelaksana Smart City ${w.name} dan dilaporkan kemajuannya dalam evaluasi tahunan Gerakan Menuju Smart City.`,
      { align: "justify" },
    ),
  ]);
}
