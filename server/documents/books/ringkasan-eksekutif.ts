import { formatDateId } from "../../../domain/documents";
import { programTotal } from "../../../domain/masterplan";
import { VisionContent } from "../../../domain/masterplan-api";
import { formatRupiah } from "../../../domain/rupiah";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, bold, bulletList, type DocumentModel, italics, numberedList, Outline, para } from "../model";
import { quickWinTable } from "./buku-3";
import { notWritten } from "./chapters";
import { periodText, regionWords, section } from "./context";
import { bookDocument } from "./frame";
import { budgetByDimensionTable, budgetBySourceTable, yearTotalsTable } from "./tables";

/** The executive summary: vision, programs and budget in figures, quick wins, roadmap by year, governance. */
export function ringkasanEksekutif(pp: PrintPlan): DocumentModel {
  const o = new Outline();
  const w = regionWords(pp.region);
  const v = section(pp, "vision", VisionContent);
  const total = pp.programs.reduce((s, p) => s + programTotal(p.budgets), 0);
  const keep = { pageBreakBefore: false };
  const body: Block[] = [
    o.chapter("PENDAHULUAN", keep),
    para(
      `Ringkasan ini merangkum Masterplan Smart City ${w.name} Tahun ${periodText(pp)} bagi pimpinan daerah, Dewan Smart City dan para pemangku kepentingan. Rincian lengkapnya dimuat dalam Buku 1 Analisis Strategis, Buku 2 Masterplan, Buku 3 Quick Wins dan Buku 4 Road Map.`,
      { align: "justify" },
    ),
    o.chapter("VISI DAN MISI", keep),
    ...(v?.vision ? [para([bold(`“${v.vision}”`)], { align: "center" })] : [notWritten()]),
    ...(v?.missions.length ? [numberedList(v.missions.map((m) => m.text))] : []),
    o.chapter("PROGRAM DAN ANGGARAN INDIKATIF", keep),
    para(
      [
        { text: "Masterplan memuat " },
        bold(`${pp.programs.length} program`),
        { text: ` pada ${pp.dimensions.length} dimensi dengan anggaran indikatif seluruhnya ` },
        bold(formatRupiah(total)),
        { text: ` selama ${pp.plan.periodEnd - pp.plan.periodStart + 1} tahun.` },
      ],
      { align: "justify" },
    ),
    budgetByDimensionTable(pp, `Tabel ${o.currentChapter}.1 Program dan Anggaran per Dimensi`),
    budgetBySourceTable(pp, `Tabel ${o.currentChapter}.2 Anggaran per Sumber Dana`),
    o.chapter("QUICK WIN", keep),
    pp.quickWins.length
      ? quickWinTable(pp, `Tabel ${o.currentChapter}.1 Daftar Quick Win`)
      : para([italics("Belum ada quick win yang dicatat.")]),
    o.chapter("PETA JALAN", keep),
    yearTotalsTable(pp, `Tabel ${o.currentChapter}.1 Program dan Anggaran Indikatif per Tahun`),
    o.chapter("TATA KELOLA", keep),
    pp.governanceBodies.length
      ? bulletList(
          pp.governanceBodies.map((b) => [
            bold(b.name),
            {
              text: b.decreeNumber
                ? ` — keputusan nomor ${b.decreeNumber}${b.decreeDate ? ` tanggal ${formatDateId(b.decreeDate)}` : ""}, ${b.members.length} anggota`
                : ` — ${b.members.length} anggota, surat keputusan belum dicatat`,
            },
          ]),
        )
      : notWritten(),
  ];
  return bookDocument(pp, "ringkasan-eksekutif", body, { foreword: false });
}
