import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, type DocumentModel, Outline, para } from "../model";
import { Captions } from "./captions";
import { elementsChapter, governanceChapter, introChapter, programsChapter, visionChapter } from "./chapters";
import { periodText, regionWords } from "./context";
import { bookDocument } from "./frame";
import { roadmapChapter } from "./roadmap";

/** The chapters of Buku 2 after the introduction; the Perkada annex prints the same. */
export function masterplanChapters(o: Outline, pp: PrintPlan, captions: Captions = new Captions(o)): Block[] {
  const w = regionWords(pp.region);
  return [
    ...visionChapter(o, pp),
    ...elementsChapter(o, pp),
    ...programsChapter(o, pp, captions),
    ...roadmapChapter(o, pp, captions),
    ...governanceChapter(o, pp),
    o.chapter("PENUTUP"),
    para(
      `Masterplan Smart City ${w.name} Tahun ${periodText(pp)} menjadi acuan bersama perangkat daerah, Dewan Smart City dan para pemangku kepentingan dalam merencanakan, melaksanakan dan mengevaluasi program smart city. Program di dalamnya diintegrasikan ke dalam dokumen perencanaan daerah (RPJMD, Renstra dan Renja Perangkat Daerah) dan dipantau kemajuannya setiap tahun.`,
      { align: "justify" },
    ),
  ];
}

export const MASTERPLAN_OUTLINE = [
  "BAB I Pendahuluan",
  "BAB II Visi, Misi dan Tujuan Smart City",
  "BAB III Kondisi, Permasalahan dan Strategi per Dimensi",
  "BAB IV Program Pengembangan Smart City",
  "BAB V Peta Jalan dan Quick Win",
  "BAB VI Tata Kelola Smart City",
  "BAB VII Penutup",
];

/**
 * Buku 2 Masterplan: introduction with its legal basis, vision, per-element strategy, programs per
 * dimension and element with their profiles, roadmap and quick wins, governance.
 */
export function buku2(pp: PrintPlan): DocumentModel {
  const o = new Outline();
  const w = regionWords(pp.region);
  const captions = new Captions(o);
  const purpose = `Buku 2 Masterplan memuat visi, misi dan tujuan smart city ${w.name}, kondisi, permasalahan dan strategi setiap elemen, program pengembangan beserta perangkat daerah penanggung jawab, tahun pelaksanaan, indikator dan target, anggaran indikatif dan rencana aksinya, peta jalan dan quick win, serta tata kelola smart city sebagai pedoman pembangunan smart city selama periode ${periodText(pp)}.`;
  return bookDocument(pp, "buku-2", [
    ...introChapter(o, pp, purpose, MASTERPLAN_OUTLINE, captions),
    ...masterplanChapters(o, pp, captions),
  ]);
}
