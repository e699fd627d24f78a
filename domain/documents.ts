import { z } from "zod";

// ── Books and formats ────────────────────────────────────────────────────────────────────

/** The official documents printed from a masterplan, in the order the program produces them. */
export const BOOKS = ["buku-1", "buku-2", "buku-3", "buku-4", "ringkasan-eksekutif", "perkada"] as const;
export const Book = z.enum(
  BOOKS,
  "Dokumen tidak dikenal: buku-1, buku-2, buku-3, buku-4, ringkasan-eksekutif, perkada",
);
export type Book = z.infer<typeof Book>;

/** Label ("Buku 2") and title of each book. */
export const BOOK_INFO: Record<Book, { label: string; title: { id: string; en: string } }> = {
  "buku-1": { label: "Buku 1", title: { id: "Analisis Strategis", en: "Strategic Analysis" } },
  "buku-2": { label: "Buku 2", title: { id: "Masterplan", en: "Masterplan" } },
  "buku-3": { label: "Buku 3", title: { id: "Quick Wins", en: "Quick Wins" } },
  "buku-4": { label: "Buku 4", title: { id: "Road Map", en: "Road Map" } },
  "ringkasan-eksekutif": {
    label: "Ringkasan Eksekutif",
    title: { id: "Ringkasan Eksekutif", en: "Executive Summary" },
  },
  perkada: {
    label: "Rancangan Perkada",
    title: { id: "Rancangan Peraturan Kepala Daerah", en: "Draft regional head regulation" },
  },
};

export const DOCUMENT_FORMATS = ["docx", "pdf"] as const;
export const DocumentFormat = z.enum(DOCUMENT_FORMATS, "Format dokumen: docx atau pdf");
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const DOCUMENT_CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** ASCII words joined by hyphens: "Kota Banjar" → "Kota-Banjar"; accents and punctuation dropped. */
export function fileWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * "Buku-2-Masterplan-Smart-City-Kota-Banjar-2024-2033.pdf", "Buku-1-Analisis-Strategis-Masterplan-Smart-City-…",
 * "Rancangan-Perkada-Masterplan-Smart-City-…".
 */
export function documentFileName(
  book: Book,
  plan: { regionName: string; periodStart: number; periodEnd: number },
  format: DocumentFormat,
): string {
  const info = BOOK_INFO[book];
  const name = info.label === info.title.id || book === "perkada" ? info.label : `${info.label} ${info.title.id}`;
  const words = book === "buku-2" ? name : `${name} Masterplan`;
  return `${fileWords(words)}-Smart-City-${fileWords(plan.regionName)}-${plan.periodStart}-${plan.periodEnd}.${format}`;
}

/** One entry of `GET /api/masterplans/{id}/documents`. */
export const DocumentLinkOut = z.object({
  book: Book,
  label: z.string().describe("Mis. Buku 2"),
  title: z.string().describe("Judul dalam bahasa Indonesia"),
  titleEn: z.string(),
  draft: z.boolean().describe("Dokumen bertanda DRAF (masterplan belum ditetapkan)"),
  formats: z.array(
    z.object({
      format: DocumentFormat,
      url: z.string().describe("Alamat unduh"),
      fileName: z.string(),
    }),
  ),
});
export type DocumentLinkOut = z.infer<typeof DocumentLinkOut>;

// ── Indonesian formatting for official documents (money: domain/rupiah.ts) ──────────────

export const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** "2024-03-05" → "5 Maret 2024"; a malformed date comes back unchanged. */
export function formatDateId(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS_ID[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** Roman numerals for chapter numbers: 4 → "IV". */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = Math.floor(n);
  let out = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Letters for lettered lists in legal text: 0 → "a", 25 → "z", 26 → "aa". */
export function toLetter(index: number): string {
  let n = index;
  let out = "";
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
