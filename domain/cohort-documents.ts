import { z } from "zod";
import { DocumentFormat, fileWords } from "./documents";

// The official documents of a cohort: the assessment result letter and each region's MoU summary.

/** The ministry that runs the program on a date: Kominfo until the 2024 reorganisation, Komdigi after. */
export function ministryOn(date: string | null): { name: string; unit: string | null; signatory: string | null } {
  // Kementerian Komunikasi dan Digital replaced Kominfo with the cabinet of 21 October 2024.
  if (date && date < "2024-10-21")
    return {
      name: "Kementerian Komunikasi dan Informatika",
      unit: "Direktorat Jenderal Aplikasi Informatika",
      signatory: "Direktur Jenderal Aplikasi Informatika",
    };
  // Which directorate general carries the program after the reorganisation is left to the office to write.
  return { name: "Kementerian Komunikasi dan Digital", unit: null, signatory: null };
}

export const MINISTRY_ADDRESS = "Jalan Medan Merdeka Barat Nomor 9, Jakarta Pusat 10110";

/** The subject of the Nota Kesepakatan, as its signed text is titled ("Nota Kesepakatan … tentang …"). */
export const MOU_SUBJECT = "Implementasi Gerakan Menuju Kota Cerdas";

/** What the parties of a Nota Kesepakatan agree to work on together in the program. */
export const MOU_SCOPE = [
  "penyusunan Masterplan Smart City daerah melalui bimbingan teknis bersama tenaga ahli pendamping;",
  "penyiapan kelembagaan smart city daerah, termasuk Dewan Smart City dan Tim Pelaksana Smart City;",
  "pelaksanaan program quick win dan integrasi program smart city ke dalam dokumen perencanaan daerah;",
  "pemantauan dan evaluasi pelaksanaan Masterplan Smart City;",
  "pertukaran data dan informasi yang diperlukan untuk pelaksanaan Gerakan Menuju Smart City.",
] as const;

/**
 * The regions of a saved but unpublished selection: the ranking's rows within the quota, flipped
 * where the committee gave a reason (a reason marks a deviation from the ranking either way).
 */
export function draftSelected(
  ranking: ReadonlyArray<{ candidateId: number; withinQuota: boolean }>,
  reasons: Readonly<Record<number, string | null | undefined>>,
): Set<number> {
  return new Set(
    ranking.filter((r) => (reasons[r.candidateId]?.trim() ? !r.withinQuota : r.withinQuota)).map((r) => r.candidateId),
  );
}

/** "Surat-Hasil-Penilaian-Gerakan-Menuju-Smart-City-2024.pdf" */
export function resultLetterFileName(cohortName: string, format: DocumentFormat): string {
  return `Surat-Hasil-Penilaian-${fileWords(cohortName)}.${format}`;
}

/** "Ringkasan-Nota-Kesepakatan-Kota-Banjar-Gerakan-Menuju-Smart-City-2024.pdf" */
export function mouSummaryFileName(cohortName: string, regionName: string, format: DocumentFormat): string {
  return `Ringkasan-Nota-Kesepakatan-${fileWords(regionName)}-${fileWords(cohortName)}.${format}`;
}

export const DocumentFileLink = z.object({
  format: DocumentFormat,
  url: z.string().describe("Alamat unduh"),
  fileName: z.string(),
});

/** `GET /api/cohorts/{id}/documents`: what the caller may download of a cohort. */
export const CohortDocumentsOut = z.object({
  resultLetter: z
    .object({
      title: z.string(),
      draft: z.boolean().describe("Hasil seleksi belum diumumkan: surat bertanda DRAF"),
      formats: z.array(DocumentFileLink),
    })
    .nullable()
    .describe("Null bila pemanggil tidak dapat mengunduhnya (hasil seleksi belum diumumkan)"),
  mouSummaries: z.array(
    z.object({
      candidateId: z.number().int(),
      regionCode: z.string(),
      regionName: z.string(),
      complete: z.boolean().describe("Semua isian wajib Nota Kesepakatan sudah dicatat"),
      formats: z.array(DocumentFileLink),
    }),
  ),
});
export type CohortDocumentsOut = z.infer<typeof CohortDocumentsOut>;
