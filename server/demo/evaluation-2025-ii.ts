import type { RoundSeed, SelfAnswer } from "./evaluation-data";
import { SELECTED_2024 } from "./people";

/** A day `n` days from `day` (both YYYY-MM-DD; n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** What the regions wrote for the second half of 2025: Kota Banjar on its strongest items, four others a line or two. */
const ANSWERS: Record<string, ReadonlyArray<SelfAnswer>> = {
  "32.79": [
    {
      itemCode: "governance.output",
      score: 5,
      text: "Seluruh program tata kelola 2025 berjalan sesuai rencana aksi; realisasi anggaran semester II 2025 sebesar 91 persen dari pagu.",
    },
    {
      itemCode: "governance.outcome",
      score: 4,
      text: "74 dari 112 layanan MPP dapat diajukan daring per 31 Desember 2025; antrean daring berjalan di MPP dan empat kecamatan.",
    },
    {
      itemCode: "governance.quick_win",
      score: 4,
      text: "Portal Satu Data Kota Banjar diluncurkan Wali Kota dengan 152 dataset prioritas.",
    },
    {
      itemCode: "economy.outcome",
      score: 4,
      text: "87 UMKM galendo memiliki toko daring aktif; 463 pedagang pasar menerima pembayaran QRIS.",
    },
    {
      itemCode: "living.outcome",
      score: 3,
      text: "Rekam medis elektronik dipakai di seluruh puskesmas; cakupan penduduk 38 persen, di bawah target 45 persen.",
    },
    {
      itemCode: "environment.output",
      score: 3,
      text: "Sensor muka air terpasang di enam titik Citanduy dan saluran Langensari; bank sampah digital di 25 desa dan kelurahan.",
    },
  ],
  "51.04": [
    { itemCode: "branding.outcome", text: "Kunjungan 12 desa wisata naik 18 persen dibanding semester I 2025." },
    { itemCode: "economy.quick_win", text: "Pembayaran nontunai di seluruh desa wisata sejak September 2025." },
  ],
  "51.06": [
    {
      itemCode: "governance.outcome",
      text: "Layanan kependudukan daring menerbitkan 21.400 dokumen pada semester II 2025.",
    },
  ],
  "73.72": [
    {
      itemCode: "living.impact",
      text: "Waktu tunggu layanan puskesmas turun rata-rata 35 persen sejak rekam medis elektronik.",
    },
    {
      itemCode: "society.outcome",
      text: "Ruang kendali kota menindaklanjuti 3.120 laporan kedaruratan pada semester II 2025.",
    },
  ],
  "13.72": [
    {
      itemCode: "governance.output",
      text: "Draf masterplan dilengkapi tiga program prioritas; penyusunan Bimtek Tahap I berjalan.",
    },
  ],
};

/**
 * "Evaluasi GMSC 2025 Tahap II" as the demo leaves it: the ten 2024 regions, the
 * self-assessment closed, and the assessors halfway through scoring, so each has score sheets
 * waiting in Perlu Tindakan. Dr. Bambang Sutrisno (asesor.1) has finished Gianyar, Parepare and
 * Bangli and scored Kota Banjar's governance and branding items; Dr. Siti Rahmawati (asesor.2)
 * has finished Gianyar and Kota Banjar.
 *
 * Its days are counted from the day the demo is loaded (`today`, in WIB), unlike the 2024–2025
 * story's fixed days: the published rounds are history and read the same on any day, while this
 * round is work under way, whose deadline must still lie ahead (scoring ends in 14 days) for its
 * tasks, due dates and reminders to mean anything. The self-assessment closed a week ago.
 */
export function round2025II(today: string): RoundSeed {
  const at = (n: number, time: string) => `${addDays(today, n)} ${time}`;
  return {
    year: 2025,
    tahap: "II",
    name: "Evaluasi GMSC 2025 Tahap II",
    schemeKey: "gmsc-evaluasi@2022",
    regions: SELECTED_2024,
    days: {
      created: at(-35, "09:00"),
      selfAssessment: at(-28, "08:00"),
      scoring: at(-7, "08:00"),
      interviews: addDays(today, -5),
    },
    ends: { selfAssessment: addDays(today, -8), scoring: addDays(today, 14) },
    levels: {
      "51.04": 3.7,
      "32.79": 3.6,
      "73.72": 3.4,
      "51.06": 3.3,
      "33.03": 3.15,
      "33.26": 3.05,
      "36.04": 3,
      "63.10": 2.95,
      "75.03": 2.9,
      "13.72": 2.85,
    },
    interviews: {
      "51.04": [
        "Wawancara daring dengan Kepala Diskominfo dan Dinas Pariwisata; dasbor kunjungan desa wisata diperagakan.",
        "Data kunjungan dan transaksi nontunai desa wisata konsisten dengan laporan monitoring.",
      ],
      "73.72": [
        "Wawancara dengan Kepala Dinas Kesehatan; dampak rekam medis elektronik pada waktu tunggu sudah diukur.",
        "",
      ],
      "51.06": ["Wawancara daring dengan Bappeda; capaian layanan kependudukan daring terdokumentasi.", ""],
      "32.79": [
        "",
        "Wawancara dengan Kepala Bappeda dan Kepala Diskominfo. Realisasi indikator 2025 terverifikasi di platform; sensor banjir baru enam titik.",
      ],
    },
    sheets: [
      { "51.04": 30, "73.72": 30, "51.06": 30, "32.79": 10 },
      { "51.04": 30, "32.79": 30 },
    ],
    answers: ANSWERS,
  };
}
