import { BANJAR_EVALUATION_EVIDENCE } from "./banjar/self-assessment";

/**
 * The demo's published evaluation rounds of the 2024 regions: a first evaluation after the
 * Bimtek (2024 Tahap II, six regions) and "Evaluasi GMSC 2025 Tahap I" of all ten, so
 * improvement shows. Result letters carry "DEMO" in their number: they are not real letters.
 * The round still being scored is in evaluation-2025-ii.ts.
 */
export type RoundSeed = {
  year: number;
  tahap: "I" | "II";
  name: string;
  schemeKey: string;
  regions: readonly string[];
  /** The story's days: opened, self-assessment, scoring, interviews (first day), published. */
  days: { created: string; selfAssessment: string; scoring: string; interviews: string; published?: string };
  /** The phase end dates the admin sets when opening the round (YYYY-MM-DD). */
  ends: { selfAssessment: string; scoring: string };
  /** The result letter it is published with; without one the demo leaves the round in scoring. */
  letter?: { number: string; date: string };
  /** Where each region stands on the 1–5 scale; item scores scatter around it. */
  levels: Record<string, number>;
  /** Interview records per region: [first assessor's note, second assessor's note]. */
  interviews: Record<string, readonly [string, string]>;
  /**
   * The score sheets written so far: per assessor (in DEMO_PEOPLE order), how many of the
   * scheme's items each region has; a complete sheet comes with the interview. Absent: both
   * assessors score every item of every region.
   */
  sheets?: readonly [Readonly<Record<string, number>>, Readonly<Record<string, number>>];
  /** The self-assessments, by region; absent: the 2025 texts below (none before 2025). */
  answers?: Readonly<Record<string, ReadonlyArray<SelfAnswer>>>;
  /** Files Kota Banjar's coordinator attaches to items of its self-assessment. */
  evidence?: ReadonlyArray<{ itemCode: string; title: string; lines: readonly string[] }>;
};

/** One item of a region's self-assessment: its narrative and, when given, its self score. */
export type SelfAnswer = { itemCode: string; text: string; score?: number };

export const ROUND_2024_II: RoundSeed = {
  year: 2024,
  tahap: "II",
  name: "Evaluasi GMSC 2024 Tahap II",
  schemeKey: "gmsc-evaluasi@2022",
  regions: ["32.79", "51.04", "51.06", "33.26", "73.72", "13.72"],
  days: {
    created: "2024-10-14 09:00",
    selfAssessment: "2024-10-21 08:00",
    scoring: "2024-11-11 08:00",
    interviews: "2024-11-18",
    published: "2024-11-29 16:00",
  },
  ends: { selfAssessment: "2024-11-08", scoring: "2024-11-22" },
  letter: { number: "B-DEMO-618/DJAI/AI.02.02/11/2024", date: "2024-11-29" },
  levels: { "32.79": 2.85, "51.04": 3.15, "51.06": 2.75, "33.26": 2.65, "73.72": 2.95, "13.72": 2.45 },
  interviews: {
    "32.79": [
      "Telaah rancangan masterplan bersama Bappeda dan Diskominfo. Program prioritas sudah dipetakan ke RPD 2024–2026; Perwali dijadwalkan Desember 2024.",
      "Kelembagaan lengkap; indikator dan target program perlu dirinci sebelum penetapan.",
    ],
    "51.04": [
      "Telaah rancangan masterplan; data kunjungan desa wisata sudah tersedia sebagai baseline.",
      "Rencana aksi 2025 jelas dan terhubung dengan RKPD.",
    ],
    "51.06": ["Telaah rancangan masterplan secara daring.", "Baseline beberapa elemen belum berdata."],
    "33.26": ["Telaah rancangan masterplan secara daring.", "Program ekonomi kuat, dimensi lingkungan tipis."],
    "73.72": ["Telaah rancangan masterplan bersama Diskominfo.", "Quick win kesehatan sudah teranggarkan 2025."],
    "13.72": ["Telaah awal; masterplan baru tahap analisis strategis.", "Perlu percepatan penyusunan program."],
  },
};

export const ROUND_2025_I: RoundSeed = {
  year: 2025,
  tahap: "I",
  name: "Evaluasi GMSC 2025 Tahap I",
  schemeKey: "gmsc-evaluasi@2022",
  regions: ["51.06", "75.03", "51.04", "33.26", "33.03", "36.04", "63.10", "32.79", "73.72", "13.72"],
  days: {
    created: "2025-04-21 09:00",
    selfAssessment: "2025-05-05 08:00",
    scoring: "2025-06-02 08:00",
    interviews: "2025-06-10",
    published: "2025-06-30 15:00",
  },
  ends: { selfAssessment: "2025-05-30", scoring: "2025-06-20" },
  letter: { number: "B-DEMO-231/DJAI/AI.02.02/06/2025", date: "2025-06-30" },
  levels: {
    "51.04": 3.55,
    "32.79": 3.45,
    "73.72": 3.3,
    "51.06": 3.15,
    "33.03": 3.05,
    "33.26": 2.95,
    "36.04": 2.9,
    "63.10": 2.85,
    "75.03": 2.8,
    "13.72": 2.75,
  },
  evidence: BANJAR_EVALUATION_EVIDENCE,
  interviews: {
    "32.79": [
      "Wawancara dengan Sekretaris Daerah, Kepala Bappeda dan Kepala Diskominfo. Monitoring program sudah berjalan di platform; antrean daring MPP dan rencana peluncuran portal Satu Data diperagakan.",
      "Komitmen pimpinan kuat. Perlu percepatan RDTR Langensari dan pengukuran dampak lingkungan.",
    ],
    "51.04": [
      "Wawancara dengan Sekretaris Daerah dan tim Diskominfo. Integrasi data kunjungan wisata desa sudah dipakai untuk perencanaan.",
      "Inovasi desa wisata digital menonjol; dokumentasi capaian indikator lengkap.",
    ],
    "51.06": [
      "Wawancara daring dengan Kepala Bappeda dan Diskominfo. Program layanan kependudukan daring berjalan.",
      "Bukti dukung anggaran 2025 perlu dilengkapi.",
    ],
    "75.03": [
      "Wawancara daring. Masterplan menunggu penetapan Perbup; beberapa program sudah dianggarkan.",
      "Perlu penguatan tim pelaksana dan data baseline.",
    ],
    "33.26": [
      "Wawancara dengan tim Diskominfo dan Dinas Perindustrian. Katalog batik digital berjalan.",
      "Indikator program belum seluruhnya memiliki target tahunan.",
    ],
    "33.03": [
      "Wawancara daring dengan Sekretaris Daerah. Layanan perizinan daring sudah terintegrasi.",
      "Capaian quick win terdokumentasi baik.",
    ],
    "36.04": [
      "Wawancara daring dengan Bappeda. Program desa digital baru di tahap perencanaan.",
      "Perlu keterkaitan program dengan RKPD 2025.",
    ],
    "63.10": [
      "Wawancara daring dengan Diskominfo. Layanan kesehatan jarak jauh untuk desa terpencil diuji coba.",
      "Data realisasi anggaran belum lengkap.",
    ],
    "73.72": [
      "Wawancara dengan Wali Kota dan Diskominfo. Layanan kesehatan terpadu dan ruang kendali kota berjalan.",
      "Dampak layanan kesehatan sudah mulai diukur.",
    ],
    "13.72": [
      "Wawancara daring. Masterplan masih draf; program layanan daring dan pemasaran beras Solok sedang disusun.",
      "Dorong penyelesaian masterplan agar program dapat dianggarkan 2026.",
    ],
  },
};

const RESULT_OFFSET: Record<string, number> = { baseline: 0.3, output: 0.3, outcome: 0, impact: -0.45, quick_win: 0.1 };
// Kota Banjar's profile: strongest in governance, weakest in environment (as its self-assessment says).
const BANJAR_OFFSET: Record<string, number> = {
  governance: 0.45,
  branding: 0,
  economy: 0.15,
  living: -0.1,
  society: 0.05,
  environment: -0.45,
};

/** A fixed number in [0, 1) from a text: the demo's scores are the same on every run. */
function unit(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

/**
 * An assessor's whole-number score of one item: the region's level shifted by the result
 * dimension (impact is scored lowest early in a plan) and, for Kota Banjar, by its smart-city
 * dimension, then rounded up or down by a fixed scatter so the mean stays near the level.
 */
export function demoItemScore(round: RoundSeed, regionCode: string, itemCode: string, assessor: number): number {
  const [dimension = "", result = ""] = itemCode.split(".");
  const shift = (RESULT_OFFSET[result] ?? 0) + (regionCode === "32.79" ? (BANJAR_OFFSET[dimension] ?? 0) : 0);
  const x = (round.levels[regionCode] ?? 3) + shift;
  const score = Math.floor(x + unit(`${round.year}${round.tahap}|${regionCode}|${itemCode}|${assessor}`));
  return Math.min(5, Math.max(1, score));
}

/** Notes the assessors write on a few of Kota Banjar's items in 2025. */
export const BANJAR_ITEM_NOTES: Record<string, string> = {
  "governance.output": "Perwali masterplan dan SK kelembagaan lengkap; pagu 2025 sesuai rencana aksi.",
  "environment.impact": "Dampak lingkungan belum terukur; sensor kualitas udara dan air baru dijadwalkan 2026.",
  "living.outcome": "Peta tata ruang daring tertinggal karena RDTR Langensari belum ditetapkan.",
};

/** Short self-assessments of the other regions in 2025: a few items each, in their coordinators' words. */
export const OTHER_SELF_ASSESSMENTS: Record<string, ReadonlyArray<readonly [itemCode: string, text: string]>> = {
  "51.06": [
    ["governance.output", "Masterplan ditetapkan dengan Perbup; Dewan Smart City dibentuk pada Januari 2025."],
    ["governance.outcome", "Layanan kependudukan daring dipakai di seluruh kecamatan sejak Maret 2025."],
  ],
  "75.03": [["governance.output", "Rancangan Perbup masterplan sedang diharmonisasi di Biro Hukum provinsi."]],
  "51.04": [
    ["branding.outcome", "Data kunjungan 12 desa wisata terhubung ke dasbor pariwisata kabupaten."],
    ["branding.quick_win", "E-tiket desa wisata berjalan sejak Februari 2025."],
    ["governance.output", "Perbup masterplan dan SK Tim Pelaksana ditetapkan; program masuk RKPD 2025."],
  ],
  "33.26": [["economy.outcome", "Katalog batik digital memuat 240 perajin dari tiga sentra batik."]],
  "33.03": [
    ["governance.outcome", "Perizinan berusaha dan nonberusaha terintegrasi dalam satu portal."],
    ["governance.quick_win", "Anjungan layanan mandiri di 18 kecamatan."],
  ],
  "36.04": [["society.output", "Program desa digital dianggarkan untuk 20 desa percontohan pada 2025."]],
  "63.10": [["living.outcome", "Telekonsultasi puskesmas dengan RSUD diuji coba di lima puskesmas."]],
  "73.72": [
    ["living.outcome", "Layanan kesehatan terpadu dan rekam medis elektronik di seluruh puskesmas."],
    ["society.outcome", "Ruang kendali kota menerima laporan kedaruratan 24 jam."],
  ],
  "13.72": [
    ["governance.output", "Masterplan Smart City Kota Solok 2025–2034 masih draf; visi dan tiga program tersusun."],
  ],
};
