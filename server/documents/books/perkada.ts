import { formatDateId, toLetter } from "../../../domain/documents";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import {
  type Block,
  bold,
  type Cell,
  cell,
  type DocumentModel,
  italics,
  numberedList,
  Outline,
  para,
  type Run,
  type Table,
} from "../model";
import { MASTERPLAN_OUTLINE, masterplanChapters } from "./buku-2";
import { introChapter } from "./chapters";
import { DRAFT_LABEL, isDraft, periodText, type RegionWords, regionWords } from "./context";
import { legalBasis, legalReviewNote } from "./legal-basis";

const center = (text: string, strong = true): Block =>
  para(strong ? [bold(text)] : text, { align: "center", tight: true });
const article = (n: number): Block => para([bold(`Pasal ${n}`)], { align: "center", keepWithNext: true });
/**
 * "BAB I" over its title, centred in the body's size as regional regulations set them (not a
 * book chapter starting a page), kept with the Pasal under it.
 */
const chapter = (number: string, text: string): Block =>
  para([bold(`${number}\n${text}`)], { align: "center", keepWithNext: true });

/** Dotted blanks of a draft, where the enactment's data goes once the Perkada is enacted. */
const BLANK_NAME = "(………………………………………)";
const BLANK_DATE = "………………………";

/** "NOMOR 12 TAHUN 2025" from the stored number, or dotted blanks for a draft. */
export function numberLine(pp: PrintPlan): string {
  const n = pp.plan.perkadaNumber?.trim();
  if (isDraft(pp) || !n) return "NOMOR … TAHUN …";
  const cited = /(\d+[A-Za-z]?)\s+tahun\s+(\d{4})/i.exec(n);
  if (cited) return `NOMOR ${cited[1]} TAHUN ${cited[2]}`;
  if (/^\d+[A-Za-z]?$/.test(n) && pp.plan.perkadaDate) return `NOMOR ${n} TAHUN ${pp.plan.perkadaDate.slice(0, 4)}`;
  return `NOMOR ${n.toUpperCase()}`;
}

/** "Menimbang : a. bahwa …" as a borderless table: label, colon, item mark, text. */
function labelled(label: string, marks: string[], items: string[]): Table {
  return {
    kind: "table",
    layout: "plain",
    columns: [{ width: 16 }, { width: 3 }, { width: 5 }, { width: 76, align: "justify" }],
    header: [],
    rows: items.map((text, i) => [
      cell(i === 0 ? label : ""),
      cell(i === 0 ? ":" : ""),
      cell(marks[i] ?? ""),
      cell(text),
    ]),
  };
}

function considerations(w: RegionWords, title: string): Table {
  const items = [
    `bahwa untuk mewujudkan tata kelola pemerintahan yang efektif dan efisien, pelayanan publik yang berkualitas serta daya saing daerah melalui pemanfaatan teknologi informasi dan komunikasi, perlu disusun perencanaan pembangunan kota cerdas (smart city) di ${w.name};`,
    `bahwa ${w.government} telah menyusun Masterplan Smart City melalui Gerakan Menuju Smart City bersama Kementerian Komunikasi dan Digital sebagai pedoman pembangunan smart city yang terpadu;`,
    `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan ${w.regulation} tentang ${title};`,
  ];
  return labelled(
    "Menimbang",
    items.map((_, i) => `${toLetter(i)}.`),
    items,
  );
}

function articles(pp: PrintPlan, w: RegionWords): Block[] {
  const reg = `${w.regulation} ini`;
  const bodies = pp.governanceBodies.map((b) => b.name).join(", ");
  return [
    chapter("BAB I", "KETENTUAN UMUM"),
    article(1),
    para(`Dalam ${reg} yang dimaksud dengan:`),
    numberedList([
      `Daerah adalah ${w.name}.`,
      `Pemerintah Daerah adalah ${w.head} sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom.`,
      `${w.head} adalah ${w.head} ${w.place}.`,
      "Perangkat Daerah adalah unsur pembantu kepala daerah dan Dewan Perwakilan Rakyat Daerah dalam penyelenggaraan urusan pemerintahan yang menjadi kewenangan Daerah.",
      "Smart City adalah pengelolaan sumber daya daerah secara efektif dan efisien untuk menyelesaikan tantangan daerah dengan solusi inovatif, terintegrasi dan berkelanjutan guna meningkatkan kualitas hidup masyarakat.",
      `Masterplan Smart City adalah dokumen perencanaan pembangunan smart city ${w.name} untuk periode ${periodText(pp)}.`,
    ]),
    chapter("BAB II", "MAKSUD, TUJUAN DAN RUANG LINGKUP"),
    article(2),
    para(
      `(1) Masterplan Smart City dimaksudkan sebagai pedoman bagi Pemerintah Daerah, Perangkat Daerah dan para pemangku kepentingan dalam merencanakan, melaksanakan, memantau dan mengevaluasi pembangunan smart city.\n(2) Masterplan Smart City bertujuan mewujudkan visi smart city Daerah secara terpadu, terukur dan berkelanjutan.`,
      { align: "justify" },
    ),
    article(3),
    para("Ruang lingkup Masterplan Smart City meliputi dimensi:", { keepWithNext: true }),
    numberedList(
      pp.dimensions.map((d) => `${d.nameId};`),
      "alpha",
    ),
    chapter("BAB III", "MASTERPLAN SMART CITY"),
    article(4),
    para("(1) Masterplan Smart City disusun dengan sistematika:", { keepWithNext: true }),
    numberedList(
      MASTERPLAN_OUTLINE.map((o) => `${o};`),
      "alpha",
    ),
    para(
      `(2) Masterplan Smart City sebagaimana dimaksud pada ayat (1) tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari ${reg}.`,
      { align: "justify" },
    ),
    chapter("BAB IV", "PELAKSANAAN, PEMANTAUAN DAN EVALUASI"),
    article(5),
    para(
      `(1) Program dalam Masterplan Smart City dilaksanakan oleh Perangkat Daerah penanggung jawab dan dimuat dalam Rencana Strategis dan Rencana Kerja Perangkat Daerah.\n(2) Pelaksanaan Masterplan Smart City dikoordinasikan oleh ${bodies || "Dewan Smart City dan Tim Pelaksana Smart City"} yang ditetapkan dengan Keputusan ${w.head}.`,
      { align: "justify" },
    ),
    article(6),
    para(
      "Pemantauan dan evaluasi pelaksanaan Masterplan Smart City dilakukan paling sedikit 1 (satu) kali dalam setahun dan hasilnya dilaporkan kepada " +
        `${w.head}.`,
      { align: "justify" },
    ),
    chapter("BAB V", "PENDANAAN"),
    article(7),
    para(
      "Pendanaan pelaksanaan Masterplan Smart City bersumber dari Anggaran Pendapatan dan Belanja Daerah, Anggaran Pendapatan dan Belanja Negara, dan/atau sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan.",
      { align: "justify" },
    ),
    chapter("BAB VI", "KETENTUAN PENUTUP"),
    article(8),
    para(
      `${reg[0]?.toUpperCase()}${reg.slice(1)} mulai berlaku pada tanggal diundangkan. Agar setiap orang mengetahuinya, memerintahkan pengundangan ${reg} dengan penempatannya dalam Berita Daerah ${w.name}.`,
      { align: "justify" },
    ),
  ];
}

/** What the enacted Perkada prints in its signature and promulgation blocks; null fields print as blanks. */
function enactment(pp: PrintPlan) {
  const p = pp.plan;
  const on = (v: string | null) => (!isDraft(pp) && v ? v : null);
  return {
    date: on(p.perkadaDate),
    headName: on(p.perkadaHeadName),
    secretaryName: on(p.perkadaSecretaryName),
    secretaryNip: on(p.perkadaSecretaryNip),
    promulgatedOn: on(p.perkadaPromulgatedOn),
    gazetteYear: on(p.perkadaGazetteYear === null ? null : String(p.perkadaGazetteYear)),
    gazetteNumber: on(p.perkadaGazetteNumber),
  };
}

/**
 * The signature block (Ditetapkan …, the head's title and name) and the promulgation block
 * (Diundangkan …, the Sekretaris Daerah's name and NIP, the Berita Daerah), each kept on one page.
 */
function signatures(pp: PrintPlan, w: RegionWords): Block[] {
  const e = enactment(pp);
  const at = 8.5;
  const right = (text: string | Run[]) => para(text, { indent: at, tight: true });
  const left = (text: string | Run[]) => para(text, { tight: true });
  const date = (d: string | null) => (d ? formatDateId(d) : BLANK_DATE);
  return [
    {
      kind: "keep",
      blocks: [
        { kind: "spacer", lines: 1 },
        right(`Ditetapkan di ${w.seat}`),
        right(`pada tanggal ${date(e.date)}`),
        right(`${w.head.toUpperCase()} ${w.place.toUpperCase()},`),
        { kind: "spacer", lines: 3 },
        right(e.headName ? [bold(e.headName.toUpperCase())] : BLANK_NAME),
      ],
    },
    {
      kind: "keep",
      blocks: [
        { kind: "spacer", lines: 1 },
        left(`Diundangkan di ${w.seat}`),
        left(`pada tanggal ${date(e.promulgatedOn)}`),
        left(`SEKRETARIS DAERAH ${w.name.toUpperCase()},`),
        { kind: "spacer", lines: 3 },
        left(e.secretaryName ? [bold(e.secretaryName.toUpperCase())] : BLANK_NAME),
        ...(e.secretaryNip ? [left(`NIP ${e.secretaryNip}`)] : []),
        { kind: "spacer", lines: 1 },
        para([
          bold(`BERITA DAERAH ${w.name.toUpperCase()} TAHUN ${e.gazetteYear ?? "…"} NOMOR ${e.gazetteNumber ?? "…"}`),
        ]),
      ],
    },
  ];
}

/**
 * The regional emblem centred above the title block, as Permendagri 80/2015 sets a Perkada's
 * first page: a one-cell borderless table whose cell carries the emblem as its picture.
 */
function emblemBlock(pp: PrintPlan): Block[] {
  if (!pp.emblem) return [];
  const emblemCell: Cell = { ...cell("", { align: "center" }), image: pp.emblem };
  return [
    { kind: "table", layout: "plain", columns: [{ width: 1, align: "center" }], header: [], rows: [[emblemCell]] },
  ];
}

/** The draft Peraturan Wali Kota, Bupati or Gubernur enacting the masterplan, with the masterplan as its annex. */
export function perkada(pp: PrintPlan): DocumentModel {
  const w = regionWords(pp.region);
  const title = `Masterplan Smart City ${w.name} Tahun ${periodText(pp)}`;
  const regulationTitle = `${w.regulation} ${w.place}`;
  const noteTable: Table = {
    kind: "table",
    columns: [{ width: 1 }],
    header: [],
    rows: [[cell([italics(legalReviewNote(w))])]],
    size: "small",
  };
  const o = new Outline();
  const annexHead = (text: string) => para(text, { indent: 8.5, tight: true });
  return {
    meta: { title: `${isDraft(pp) ? "Rancangan " : ""}${regulationTitle} tentang ${title}`, author: w.government },
    header: `${isDraft(pp) ? "Rancangan " : ""}${regulationTitle} tentang ${title}`,
    footer: isDraft(pp)
      ? "Rancangan — belum ditetapkan"
      : `${regulationTitle} ${numberLine(pp).replace("NOMOR", "Nomor").replace("TAHUN", "Tahun")}`,
    draft: isDraft(pp) ? DRAFT_LABEL : undefined,
    // Regional regulations are set on F4 (215 × 330 mm) in Bookman Old Style (Permendagri 80/2015).
    page: "F4",
    typeface: "regulation",
    body: [
      // The drafting note is for the Bagian/Biro Hukum: an enacted Perkada does not carry it.
      ...(isDraft(pp) ? [noteTable] : []),
      ...emblemBlock(pp),
      center(`${w.head.toUpperCase()} ${w.place.toUpperCase()}`),
      ...(pp.region.type === "provinsi" ? [] : [center(`PROVINSI ${pp.region.provinceName.toUpperCase()}`)]),
      { kind: "spacer", lines: 1 },
      ...(isDraft(pp) ? [center("RANCANGAN")] : []),
      center(regulationTitle.toUpperCase()),
      center(numberLine(pp)),
      { kind: "spacer", lines: 1 },
      center("TENTANG"),
      center(title.toUpperCase()),
      { kind: "spacer", lines: 1 },
      center("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
      { kind: "spacer", lines: 1 },
      center(`${w.head.toUpperCase()} ${w.place.toUpperCase()},`),
      { kind: "spacer", lines: 1 },
      considerations(w, title),
      labelled(
        "Mengingat",
        legalBasis(w).map((_, i) => `${i + 1}.`),
        legalBasis(w),
      ),
      center("MEMUTUSKAN:"),
      { kind: "spacer", lines: 1 },
      labelled("Menetapkan", [""], [`${w.regulation.toUpperCase()} TENTANG ${title.toUpperCase()}.`]),
      ...articles(pp, w),
      ...signatures(pp, w),
      { kind: "pageBreak" },
      annexHead("LAMPIRAN"),
      annexHead(regulationTitle.toUpperCase()),
      annexHead(numberLine(pp)),
      annexHead("TENTANG"),
      annexHead(title.toUpperCase()),
      ...introChapter(
        o,
        pp,
        `Lampiran ini memuat Masterplan Smart City ${w.name} Tahun ${periodText(pp)} sebagai pedoman pembangunan smart city Daerah.`,
        MASTERPLAN_OUTLINE,
      ).map((b, i) => (i === 0 && b.kind === "heading" ? { ...b, pageBreakBefore: false } : b)),
      ...masterplanChapters(o, pp),
    ],
  };
}
