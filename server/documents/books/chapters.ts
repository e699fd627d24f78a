import { formatDateId } from "../../../domain/documents";
import { formatCitation, LEGAL_BASIS } from "../../../domain/legal-basis";
import { ElementContent, GOVERNANCE_KIND_LABELS, VisionContent } from "../../../domain/masterplan-api";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, bold, bulletList, type Figure, italics, numberedList, type Outline, para } from "../model";
import { richTextBlocks } from "../rich-text";
import { Captions } from "./captions";
import { isDraft, periodText, type RegionWords, regionWords, section } from "./context";
import {
  budgetByDimensionFigure,
  budgetByYearFigure,
  evaluationByDimensionFigure,
  readinessByLensFigure,
} from "./figure-slots";
import { programProfile } from "./program-profile";
import { budgetByDimensionTable, budgetBySourceTable, membersTable, programTable, yearTotalsTable } from "./tables";

/** What is printed where a chapter of the plan has not been written. */
export const NOT_WRITTEN = "Bagian ini belum diisi dalam data masterplan.";
export const notWritten = () => para([italics(NOT_WRITTEN)]);

/** A narrative, or the "not written" note. */
export function narrative(html: string | null | undefined): Block[] {
  const blocks = richTextBlocks(html);
  return blocks.length ? blocks : [notWritten()];
}

/** Where the Dasar Hukum names the region's RPJMD Perda while the plan does not (drafts only). */
export const rpjmdRegulationBlank = (w: RegionWords) =>
  `[Peraturan Daerah ${w.name} tentang Rencana Pembangunan Jangka Menengah Daerah — diisi pada tab Visi masterplan]`;

/**
 * The Dasar Hukum: the maintained national list, then the region's own RPJMD Perda as the plan
 * cites it; a draft that has not named it prints a blank to fill, an enacted plan leaves it out.
 */
export function legalBasisList(pp: PrintPlan): string[] {
  const rpjmd = section(pp, "vision", VisionContent)?.rpjmdRegulation?.trim();
  const own = rpjmd ? [rpjmd.replace(/[;.]$/, "")] : isDraft(pp) ? [rpjmdRegulationBlank(regionWords(pp.region))] : [];
  return [...LEGAL_BASIS.map((e) => formatCitation(e)), ...own].map((t, i, all) =>
    i === all.length - 1 ? `${t}.` : `${t};`,
  );
}

/** The region's readiness (by lens) and, once published, its evaluation (by dimension) as figures. */
function readinessFigures(pp: PrintPlan, captions: Captions): Figure[] {
  return [
    captions.figure("Kesiapan Daerah per Lensa", (c) => readinessByLensFigure(pp, c)),
    captions.figure("Hasil Evaluasi per Dimensi Smart City", (c) => evaluationByDimensionFigure(pp, c)),
  ].filter((f): f is Figure => f !== null);
}

/**
 * BAB I: background, the region's readiness when measured, purpose (book-specific), scope (the
 * framework's dimensions), legal basis and the outline of the book.
 */
export function introChapter(
  o: Outline,
  pp: PrintPlan,
  purpose: string,
  outline: string[],
  captions: Captions = new Captions(o),
): Block[] {
  const w = regionWords(pp.region);
  const out: Block[] = [
    o.chapter("PENDAHULUAN"),
    o.section("Latar Belakang"),
    para(
      `Gerakan Menuju Smart City adalah program bersama Kementerian Komunikasi dan Digital (sebelumnya Kementerian Komunikasi dan Informatika) dengan kementerian dan lembaga terkait untuk membimbing kabupaten/kota menyusun Masterplan Smart City dan mewujudkan program-program di dalamnya. ${w.government} mengikuti gerakan ini dan menyusun Masterplan Smart City ${w.name} untuk periode ${periodText(pp)} melalui rangkaian bimbingan teknis bersama tenaga ahli pendamping dan seluruh perangkat daerah.`,
      { align: "justify" },
    ),
  ];
  const figures = readinessFigures(pp, captions);
  if (figures.length) out.push(o.section("Kondisi Kesiapan Daerah"), ...figures);
  out.push(
    o.section("Maksud dan Tujuan"),
    para(purpose, { align: "justify" }),
    o.section("Ruang Lingkup"),
    para(
      `Masterplan Smart City ${w.name} mencakup ${pp.dimensions.length} dimensi smart city beserta elemen-elemennya:`,
      { align: "justify" },
    ),
    bulletList(pp.dimensions.map((d) => [bold(d.nameId), { text: `: ${d.elements.map((e) => e.nameId).join(", ")}` }])),
    o.section("Dasar Hukum"),
    para(`Penyusunan Masterplan Smart City ${w.name} berlandaskan peraturan perundang-undangan berikut:`, {
      align: "justify",
    }),
    numberedList(legalBasisList(pp)),
    o.section("Sistematika Penulisan"),
    numberedList(outline),
  );
  return out;
}

/** Vision (with the RPJMD vision it supports), missions and goals. */
export function visionChapter(o: Outline, pp: PrintPlan): Block[] {
  const v = section(pp, "vision", VisionContent);
  const out: Block[] = [o.chapter("VISI, MISI DAN TUJUAN SMART CITY"), o.section("Visi")];
  if (!v) return [...out, notWritten()];
  out.push(v.vision ? para([bold(`“${v.vision}”`)], { align: "center" }) : notWritten());
  if (v.rpjmdVision)
    out.push(para([italics("Visi RPJMD yang didukung: "), { text: v.rpjmdVision }], { size: "small" }));
  out.push(o.section("Misi"));
  out.push(
    v.missions.length
      ? numberedList(
          v.missions.map((m) => (m.rpjmdMission ? `${m.text} (mendukung misi RPJMD: ${m.rpjmdMission})` : m.text)),
        )
      : notWritten(),
  );
  out.push(o.section("Tujuan"));
  out.push(
    v.goals.length
      ? numberedList(
          v.goals.map((g) => (g.missionIndex !== undefined ? `${g.text} (misi ${g.missionIndex + 1})` : g.text)),
        )
      : notWritten(),
  );
  return out;
}

/** Per dimension and element: current condition, problems and strategy. */
export function elementsChapter(o: Outline, pp: PrintPlan): Block[] {
  const out: Block[] = [o.chapter("KONDISI, PERMASALAHAN DAN STRATEGI PER DIMENSI")];
  for (const d of pp.dimensions) {
    out.push(o.section(`Dimensi ${d.nameId}`), para(d.descriptionId, { align: "justify" }));
    for (const e of d.elements) {
      const c = section(pp, `element:${e.code}`, ElementContent);
      out.push(o.sub(`Elemen ${e.nameId}`));
      for (const [label, html] of [
        ["Kondisi saat ini", c?.condition],
        ["Permasalahan", c?.problems],
        ["Arah dan strategi", c?.strategy],
      ] as const) {
        out.push(para([bold(label)], { keepWithNext: true, tight: true }), ...narrative(html));
      }
    }
  }
  return out;
}

/**
 * Per dimension and element: the program table, then each program's profile (OPDs, years, budget
 * per year and source, indicators with yearly targets, action plan); then the budget recapitulation
 * with its figures.
 */
export function programsChapter(o: Outline, pp: PrintPlan, captions: Captions = new Captions(o)): Block[] {
  const out: Block[] = [o.chapter("PROGRAM PENGEMBANGAN SMART CITY")];
  out.push(
    para(
      `Program disusun per dimensi dan elemen, masing-masing dengan perangkat daerah penanggung jawab, tahun pelaksanaan, jangka waktu (pendek 1 tahun, menengah 5 tahun, panjang 10 tahun) dan anggaran indikatif dalam Rupiah. Setiap program dilengkapi profil: perangkat daerah pendukung, rujukan RPJMD/Renstra, indikator beserta baseline dan target tahunannya, anggaran indikatif per tahun dan sumber dana, serta rencana aksi. Anggaran indikatif bukan pagu anggaran; penganggarannya mengikuti siklus perencanaan dan penganggaran daerah.`,
      { align: "justify" },
    ),
  );
  for (const d of pp.dimensions) {
    out.push(o.section(`Program Dimensi ${d.nameId}`));
    for (const e of d.elements) {
      const programs = pp.programs.filter((p) => p.elementCode === e.code);
      out.push(o.sub(`Elemen ${e.nameId}`));
      if (!programs.length) {
        out.push(para([italics("Belum ada program pada elemen ini.")]));
        continue;
      }
      out.push(programTable(pp, programs, captions.table(`Program Elemen ${e.nameId}`)));
      for (const p of programs) out.push(...programProfile(pp, p, captions));
    }
  }
  out.push(o.section("Rekapitulasi Anggaran Indikatif"));
  out.push(budgetByDimensionTable(pp, captions.table("Program dan Anggaran per Dimensi")));
  const byDimension = captions.figure("Anggaran Indikatif per Dimensi", (c) => budgetByDimensionFigure(pp, c));
  if (byDimension) out.push(byDimension);
  out.push(budgetBySourceTable(pp, captions.table("Anggaran per Sumber Dana")));
  out.push(yearTotalsTable(pp, captions.table("Program dan Anggaran Indikatif per Tahun")));
  const byYear = captions.figure("Anggaran Indikatif per Tahun dan Sumber Dana", (c) => budgetByYearFigure(pp, c));
  if (byYear) out.push(byYear);
  return out;
}

/** Dewan Smart City, Tim Pelaksana and Forum with their decrees and members. */
export function governanceChapter(o: Outline, pp: PrintPlan): Block[] {
  const out: Block[] = [o.chapter("TATA KELOLA SMART CITY")];
  if (!pp.governanceBodies.length) return [...out, notWritten()];
  out.push(
    para(
      "Pelaksanaan Masterplan Smart City dikoordinasikan oleh kelembagaan berikut, yang ditetapkan dengan keputusan kepala daerah.",
      { align: "justify" },
    ),
  );
  for (const b of pp.governanceBodies) {
    out.push(o.section(b.name || GOVERNANCE_KIND_LABELS[b.kind].id));
    const decree = b.decreeNumber
      ? `Ditetapkan dengan keputusan nomor ${b.decreeNumber}${b.decreeDate ? ` tanggal ${formatDateId(b.decreeDate)}` : ""}.`
      : "Surat keputusan pembentukannya belum dicatat.";
    out.push(para(decree));
    out.push(b.members.length ? membersTable(b.members) : para([italics("Susunan keanggotaan belum diisi.")]));
  }
  return out;
}
