/**
 * The national laws and regulations a Masterplan Smart City rests on, kept as data so the books'
 * Dasar Hukum and the Perkada's Mengingat cite the same list. Every entry is a real regulation with
 * its number, year and title as promulgated; the order is the hierarchy of Indonesian law (UU 12/2011
 * Pasal 7), then the year.
 */

export type LegalKind = "UUD" | "UU" | "PP" | "Perpres" | "Permen" | "Permendagri";

export type LegalBasisEntry = {
  id: string;
  kind: LegalKind;
  /** The article cited, for the constitution: "Pasal 18 ayat (6)". */
  article?: string;
  number: string;
  year: number;
  title: string;
  /** What follows "sebagaimana telah …": the latest amendment as it is cited. */
  amendedBy?: string;
};

const KIND_NAMES: Record<LegalKind, string> = {
  UUD: "Undang-Undang Dasar Negara Republik Indonesia",
  UU: "Undang-Undang",
  PP: "Peraturan Pemerintah",
  Perpres: "Peraturan Presiden",
  Permen: "Peraturan Menteri",
  Permendagri: "Peraturan Menteri Dalam Negeri",
};

export const LEGAL_BASIS: readonly LegalBasisEntry[] = [
  { id: "uud-1945", kind: "UUD", article: "Pasal 18 ayat (6)", number: "", year: 1945, title: "" },
  { id: "uu-25-2004", kind: "UU", number: "25", year: 2004, title: "Sistem Perencanaan Pembangunan Nasional" },
  {
    id: "uu-11-2008",
    kind: "UU",
    number: "11",
    year: 2008,
    title: "Informasi dan Transaksi Elektronik",
    amendedBy:
      "beberapa kali diubah terakhir dengan Undang-Undang Nomor 1 Tahun 2024 tentang Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik",
  },
  { id: "uu-14-2008", kind: "UU", number: "14", year: 2008, title: "Keterbukaan Informasi Publik" },
  {
    id: "uu-12-2011",
    kind: "UU",
    number: "12",
    year: 2011,
    title: "Pembentukan Peraturan Perundang-undangan",
    amendedBy:
      "beberapa kali diubah terakhir dengan Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan",
  },
  {
    id: "uu-23-2014",
    kind: "UU",
    number: "23",
    year: 2014,
    title: "Pemerintahan Daerah",
    amendedBy:
      "beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
  },
  { id: "uu-27-2022", kind: "UU", number: "27", year: 2022, title: "Pelindungan Data Pribadi" },
  {
    id: "uu-59-2024",
    kind: "UU",
    number: "59",
    year: 2024,
    title: "Rencana Pembangunan Jangka Panjang Nasional Tahun 2025–2045",
  },
  {
    id: "pp-71-2019",
    kind: "PP",
    number: "71",
    year: 2019,
    title: "Penyelenggaraan Sistem dan Transaksi Elektronik",
  },
  { id: "pp-59-2022", kind: "PP", number: "59", year: 2022, title: "Perkotaan" },
  {
    id: "perpres-95-2018",
    kind: "Perpres",
    number: "95",
    year: 2018,
    title: "Sistem Pemerintahan Berbasis Elektronik",
  },
  { id: "perpres-39-2019", kind: "Perpres", number: "39", year: 2019, title: "Satu Data Indonesia" },
  {
    id: "perpres-82-2023",
    kind: "Perpres",
    number: "82",
    year: 2023,
    title: "Percepatan Transformasi Digital dan Keterpaduan Layanan Digital Nasional",
  },
  {
    id: "permendagri-80-2015",
    kind: "Permendagri",
    number: "80",
    year: 2015,
    title: "Pembentukan Produk Hukum Daerah",
    amendedBy:
      "diubah dengan Peraturan Menteri Dalam Negeri Nomor 120 Tahun 2018 tentang Perubahan atas Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah",
  },
  {
    id: "permendagri-86-2017",
    kind: "Permendagri",
    number: "86",
    year: 2017,
    title:
      "Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah Daerah, serta Tata Cara Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, dan Rencana Kerja Pemerintah Daerah",
  },
];

/**
 * One regulation as cited in legal text: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan
 * Daerah sebagaimana telah …"; the constitution by its article.
 */
export function formatCitation(e: LegalBasisEntry): string {
  if (e.kind === "UUD") return `${e.article ? `${e.article} ` : ""}${KIND_NAMES.UUD} Tahun ${e.year}`;
  const base = `${KIND_NAMES[e.kind]} Nomor ${e.number} Tahun ${e.year} tentang ${e.title}`;
  return e.amendedBy ? `${base} sebagaimana telah ${e.amendedBy}` : base;
}
