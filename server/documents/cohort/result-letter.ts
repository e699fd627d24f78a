import { MOU_SUBJECT, ministryOn } from "../../../domain/cohort-documents";
import { formatDateId } from "../../../domain/documents";
import type { RegionType } from "../../../domain/regions";
import { type Block, bold, cell, type DocumentModel, italics, para, type Table } from "../model";
import { BLANK, letterFields, letterhead, signatureBlock } from "./letterhead";
import type { MinistryLogo } from "./ministry-logo";

/** What the result letter prints: the cohort, its letter, and the selected regions by rank. */
export type ResultLetterData = {
  cohort: { name: string; year: number; quota: number };
  letter: { number: string | null; date: string | null };
  /** Who signs for the ministry, as stored on the cohort; blanks to fill by hand while unknown. */
  signatory: { name: string | null; nip: string | null };
  /** The ministry's logo for the letterhead (MINISTRY_LOGO_FILE); none leaves the kop text-only. */
  logo?: MinistryLogo | null;
  /** False while the selection is a saved draft: the letter is then marked DRAF. */
  published: boolean;
  /** Candidates assessed (every one not withdrawn): the letter's addressees. */
  candidates: Array<{ regionType: RegionType; provinceCode: string }>;
  selected: Array<{
    rank: number;
    regionName: string;
    regionType: RegionType;
    provinceCode: string;
    provinceName: string;
    score: number | null;
  }>;
};

const score = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number) => new Intl.NumberFormat("id-ID").format(n);

/** "A", "A dan B", "A, B dan C". */
const listId = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} dan ${items.at(-1)}`;

/** "50 kabupaten/kota dan 2 provinsi", naming only the kinds present ("0 daerah" when none). */
function regionCount(regions: Array<{ regionType: RegionType }>): string {
  const provinces = regions.filter((r) => r.regionType === "provinsi").length;
  const regencies = regions.length - provinces;
  const parts = [
    ...(regencies ? [`${count(regencies)} kabupaten/kota`] : []),
    ...(provinces ? [`${count(provinces)} provinsi`] : []),
  ];
  return parts.length ? listId(parts) : `${count(0)} daerah`;
}

const HEADS: Array<[RegionType, string]> = [
  ["provinsi", "Gubernur"],
  ["kabupaten", "Bupati"],
  ["kota", "Wali Kota"],
];

/** "Gubernur, Bupati dan Wali Kota": the heads of the kinds of region among the candidates. */
function addressees(d: ResultLetterData): string {
  const heads = HEADS.filter(([type]) => d.candidates.some((c) => c.regionType === type)).map(([, head]) => head);
  return heads.length ? listId(heads) : "Bupati/Wali Kota";
}

/**
 * The governors copied: those of the selected kab/kota's provinces, except a governor whose
 * province is itself a candidate, who is an addressee of the letter already.
 */
function governorsCopied(d: ResultLetterData): string[] {
  const addressed = new Set(d.candidates.filter((c) => c.regionType === "provinsi").map((c) => c.provinceCode));
  const copied = new Map<string, string>();
  for (const r of d.selected)
    if (r.regionType !== "provinsi" && !addressed.has(r.provinceCode)) copied.set(r.provinceCode, r.provinceName);
  return [...copied].sort(([a], [b]) => a.localeCompare(b)).map(([, name]) => `Gubernur ${name}`);
}

function copies(d: ResultLetterData, ministryName: string): string {
  const lines = [`${ministryName.replace("Kementerian", "Menteri")} (sebagai laporan)`, ...governorsCopied(d)];
  return lines.map((l, i) => `${i + 1}. ${l}${i === lines.length - 1 ? "." : ";"}`).join("\n");
}

function selectedTable(d: ResultLetterData): Table {
  return {
    kind: "table",
    caption: `Daftar Daerah Terpilih Gerakan Menuju Smart City Tahun ${d.cohort.year}`,
    columns: [
      { width: 7, align: "center" },
      { width: 35 },
      { width: 30 },
      { width: 14, align: "right" },
      { width: 14, align: "center" },
    ],
    header: [["No", "Daerah", "Provinsi", "Nilai", "Peringkat"].map((h) => cell(h))],
    rows: d.selected.map((r, i) => [
      cell(String(i + 1)),
      cell(r.regionName),
      cell(r.provinceName),
      cell(r.score === null ? "–" : score.format(r.score)),
      cell(String(r.rank)),
    ]),
  };
}

/** The annex with the table: on its own page, headed with the letter it belongs to, as official letters do. */
function annex(d: ResultLetterData, subject: string, date: string): Block[] {
  const rows: Array<[string, string]> = [
    ["Nomor", d.letter.number ?? BLANK],
    ["Tanggal", date],
    ["Hal", subject],
  ];
  return [
    // A chapter heading starts the page itself: a page break of its own left an empty page whenever
    // the letter filled its first page exactly (the break landed alone on a page of its own).
    { kind: "heading", level: 1, text: "LAMPIRAN SURAT", toc: false },
    {
      kind: "table",
      layout: "plain",
      size: "small",
      columns: [{ width: 46 }, { width: 11 }, { width: 3 }, { width: 40 }],
      header: [],
      rows: rows.map(([label, value]) => [cell(""), cell(label), cell(":"), cell(value)]),
    },
    selectedTable(d),
  ];
}

/** The letter announcing the regions selected into a cohort, their score and rank in its annex. */
export function resultLetter(d: ResultLetterData): DocumentModel {
  const ministry = ministryOn(d.letter.date);
  const subject = `Hasil Penilaian Kesiapan Calon Peserta Gerakan Menuju Smart City Tahun ${d.cohort.year}`;
  const date = d.letter.date ? formatDateId(d.letter.date) : BLANK;
  const n = d.selected.length;
  return {
    meta: { title: `Surat ${subject}`, subject: d.cohort.name, author: ministry.name },
    footer: d.published ? `Surat ${subject}` : "Draf — hasil seleksi belum diumumkan",
    draft: d.published ? undefined : "DRAF",
    body: [
      ...letterhead(d.letter.date, d.logo),
      para(`Jakarta, ${date}`, { align: "right" }),
      letterFields([
        ["Nomor", d.letter.number ?? BLANK],
        ["Sifat", "Biasa"],
        // The annex is one table whatever its length (52 regions run over several pages): one berkas.
        ["Lampiran", n ? "1 (satu) berkas" : "–"],
        ["Hal", subject],
      ]),
      para(`Yth. ${addressees(d)} Calon Peserta`, { tight: true }),
      para(`Gerakan Menuju Smart City Tahun ${d.cohort.year}`, { tight: true }),
      para("di Tempat"),
      para(
        `Dengan hormat, menindaklanjuti rangkaian penilaian kesiapan daerah dalam ${d.cohort.name}, yang meliputi penilaian mandiri, pemeriksaan bukti dukung serta presentasi dan wawancara pada lensa struktur, infrastruktur dan suprastruktur terhadap ${regionCount(d.candidates)} calon peserta, bersama ini kami sampaikan bahwa ${n ? `${regionCount(d.selected)} (dari kuota ${count(d.cohort.quota)} daerah) ditetapkan sebagai peserta Gerakan Menuju Smart City Tahun ${d.cohort.year} sebagaimana tercantum dalam Lampiran surat ini, beserta nilai dan peringkatnya` : "belum ada daerah yang ditetapkan sebagai peserta"}.`,
        { align: "justify" },
      ),
      para(
        `Daerah terpilih selanjutnya diundang menandatangani Nota Kesepakatan tentang ${MOU_SUBJECT} dan mengikuti pendampingan penyusunan Masterplan Smart City melalui empat tahap bimbingan teknis bersama tenaga ahli pendamping. Nilai adalah rerata nilai tertimbang para asesor pada skala 0–100.`,
        { align: "justify" },
      ),
      para("Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.", { align: "justify" }),
      ...signatureBlock({
        title: `${ministry.signatory ?? BLANK},`,
        name: d.signatory.name?.trim() || `(${BLANK})`,
        nip: d.signatory.nip,
      }),
      // No blank line before the copies: the left-aligned list stands apart from the signature, and
      // the letter keeps to its first page.
      {
        kind: "keep",
        blocks: [
          para([bold("Tembusan:")], { tight: true, size: "small" }),
          para(copies(d, ministry.name), { size: "small" }),
        ],
      },
      ...(d.published
        ? []
        : [para([italics("Draf ini disusun dari pilihan seleksi yang tersimpan; hasil seleksi belum diumumkan.")])]),
      ...(n ? annex(d, subject, date) : []),
    ],
  };
}
