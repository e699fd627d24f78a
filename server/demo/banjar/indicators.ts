/**
 * The indicators linked to Kota Banjar's programs (national U4SSC ones, or its own from
 * regional-indicators.ts): baseline, yearly targets from 2025 (or the program's first year) and
 * what was reported for 2025 and the first half of 2026.
 * Baselines follow the plan's profile (Indeks SPBE 2,87, kemiskinan 6,19 %, TPT 6,08 % in 2023;
 * 42 titik internet publik). Fictional but plausible figures for a city of 207.510 people.
 */

/** A realisation as entered: when, by the owner OPD (or the coordinator), and how it was reviewed. */
export type ValueSeed = {
  value: number;
  note: string;
  at: string;
  /** The coordinator verified it then; absent: still awaiting verification. */
  verifiedAt?: string;
  /** Evidence attached right after entry: a file title and its lines. */
  evidence?: { title: string; lines: readonly string[] };
  /** Entered first with another value, returned by the coordinator with a note, then corrected. */
  returned?: { value: number; note: string; at: string; reviewNote: string; reviewedAt: string };
};

export type LinkSeed = {
  program: string;
  /** National catalogue (U4SSC) or Banjar's own code. */
  indicator: string;
  baseline: readonly [year: number, value: number];
  /** Targets from `from` (default 2025) on, one per year. */
  targets: readonly number[];
  from?: number;
  note?: string;
  y2025?: ValueSeed;
  /** First-semester reading of 2026, entered in July and awaiting verification. */
  s1_2026?: { value: number; note: string; at: string };
};

const v = (value: number, at: string, verifiedAt: string | undefined, note: string): ValueSeed => ({
  value,
  note,
  at,
  ...(verifiedAt ? { verifiedAt } : {}),
});

export const INDICATOR_LINKS: readonly LinkSeed[] = [
  {
    program: "mpp-digital",
    indicator: "EC: ICT: PS: 2A",
    baseline: [2024, 38],
    targets: [70, 95, 112, 118, 124, 130, 135, 140, 145],
    note: "Layanan perizinan dan nonperizinan yang dapat diajukan dan dilacak daring dari 112 layanan MPP.",
    y2025: {
      ...v(74, "2026-01-14 09:20", "2026-01-21 10:05", "74 layanan daring; antrean daring di MPP dan empat kecamatan."),
      evidence: {
        title: "Rekap Layanan Daring MPP Kota Banjar 2025",
        lines: ["DPMPTSP Kota Banjar", "74 dari 112 layanan dapat diajukan daring per 31 Desember 2025."],
      },
    },
    s1_2026: { value: 86, note: "Tambahan 12 layanan nonperizinan sampai Juni 2026.", at: "2026-07-08 10:30" },
  },
  {
    program: "spbe-pusat-data",
    indicator: "BJR-04",
    baseline: [2023, 2.87],
    targets: [3.0, 3.2, 3.4, 3.5, 3.6, 3.7, 3.8, 3.9, 4.0],
    y2025: v(3.05, "2026-02-10 13:00", "2026-02-12 09:00", "Hasil evaluasi SPBE 2025 Kementerian PANRB."),
  },
  {
    program: "satu-data",
    indicator: "EC: ICT: PS: 1A",
    baseline: [2024, 18],
    targets: [45, 70, 85, 90, 92, 94, 96, 98, 100],
    note: "Persentase dataset dalam daftar data prioritas yang terbit di portal Satu Data Kota Banjar.",
    y2025: {
      ...v(52, "2026-01-12 08:45", "2026-01-12 15:30", "152 dari 292 dataset prioritas terbit."),
      evidence: {
        title: "Daftar Dataset Portal Satu Data Kota Banjar 2025",
        lines: ["Walidata: Diskominfo Kota Banjar", "152 dataset terbit dari 292 dataset prioritas."],
      },
    },
    s1_2026: { value: 63, note: "Tambahan 32 dataset OPD teknis.", at: "2026-07-06 09:00" },
  },
  {
    program: "destinasi-situ",
    indicator: "BJR-02",
    baseline: [2024, 96_400],
    targets: [105_000, 120_000, 135_000, 148_000, 158_000, 166_000, 172_000, 178_000, 184_000],
    y2025: v(108_250, "2026-01-16 14:10", "2026-01-22 09:40", "E-tiket Situ Leutik berjalan sejak Mei 2025."),
  },
  {
    program: "umkm-galendo",
    indicator: "BJR-01",
    baseline: [2024, 42],
    targets: [80, 120, 150, 170, 185, 200, 210, 220, 230],
    y2025: {
      ...v(87, "2026-01-15 10:00", "2026-01-21 10:20", "87 UMKM galendo memiliki toko daring aktif."),
      evidence: {
        title: "Daftar UMKM Galendo Terdaftar di Platform Digital 2025",
        lines: ["Dinas Koperasi, UKM Kota Banjar", "87 unit usaha, 61 di Kecamatan Pataruman."],
      },
    },
    s1_2026: { value: 104, note: "Pendampingan lokapasar angkatan ketiga.", at: "2026-07-10 11:15" },
  },
  {
    program: "pasar-nontunai",
    indicator: "BJR-06",
    baseline: [2024, 146],
    targets: [500, 750, 900, 950, 1000, 1000, 1000, 1000, 1000],
    y2025: v(463, "2026-01-19 09:30", "2026-01-23 08:50", "463 pedagang aktif QRIS; pedagang musiman belum."),
  },
  {
    program: "data-kesejahteraan",
    indicator: "SC: SH: SI: 3C",
    baseline: [2023, 6.19],
    targets: [5.95, 5.8, 5.6, 5.4, 5.2, 5.0, 4.8, 4.6, 4.5],
    y2025: v(5.91, "2026-02-03 10:00", "2026-02-05 14:00", "BPS Kota Banjar, Susenas Maret 2025."),
  },
  {
    program: "bursa-kerja",
    indicator: "EC: P: EM: 1C",
    baseline: [2023, 6.08],
    targets: [5.9, 5.7, 5.5, 5.3, 5.1, 4.9, 4.7, 4.5, 4.4],
    y2025: v(6.52, "2026-01-26 13:20", "2026-01-28 09:15", "BPS, Sakernas Agustus 2025."),
  },
  {
    program: "rumah-layak",
    indicator: "SC: SH: HO: 1C",
    baseline: [2023, 3.8],
    targets: [3.5, 3.2, 2.9, 2.6, 2.3, 2.0, 1.8, 1.6, 1.5],
    y2025: v(3.42, "2026-01-20 15:00", "2026-01-23 09:10", "Pendataan RTLH dan kawasan kumuh selesai 2025."),
  },
  {
    program: "rekam-medis",
    indicator: "SC: EH: ED: 5A",
    baseline: [2024, 22],
    targets: [45, 70, 85, 95, 97, 98, 99, 100, 100],
    y2025: v(38, "2026-01-13 11:00", "2026-01-21 11:00", "Penduduk dengan rekam medis elektronik di puskesmas."),
  },
  {
    program: "posyandu-digital",
    indicator: "BJR-03",
    baseline: [2023, 17.4],
    targets: [16, 15, 14, 13, 12, 11.5, 11, 10.5, 10],
    y2025: {
      value: 16.3,
      note: "Bulan timbang Agustus 2025, 11.842 balita diukur.",
      at: "2026-01-20 08:30",
      verifiedAt: "2026-01-22 13:45",
      returned: {
        value: 13.2,
        note: "Hasil bulan timbang Februari 2025.",
        at: "2026-01-13 14:00",
        reviewNote:
          "Mohon gunakan hasil bulan timbang Agustus 2025 dari e-PPGBM sesuai definisi indikator, dan lampirkan rekapnya.",
        reviewedAt: "2026-01-15 10:20",
      },
      evidence: {
        title: "Rekap e-PPGBM Bulan Timbang Agustus 2025",
        lines: ["Dinas Kesehatan Kota Banjar", "Balita diukur 11.842; stunting 1.930 (16,3 persen)."],
      },
    },
  },
  {
    program: "lalu-lintas",
    indicator: "EC: ICT: T: 2C",
    baseline: [2024, 8],
    targets: [20, 35, 50, 65, 75, 80, 85, 90, 90],
    y2025: v(13, "2026-02-16 10:40", undefined, "Pengendali simpang terpasang di 3 dari 8 simpang utama."),
  },
  {
    program: "kanal-aduan",
    indicator: "BJR-05",
    baseline: [2024, 61],
    targets: [75, 85, 90, 92, 93, 94, 95, 95, 95],
    y2025: v(78.5, "2026-01-09 09:00", "2026-01-09 16:00", "2.418 aduan, 1.898 selesai dalam batas waktu."),
  },
  {
    program: "kampung-digital",
    indicator: "EC: ICT: ICT: 1C",
    baseline: [2023, 71.2],
    targets: [75, 78, 81, 84, 86, 88, 90, 92, 94],
    note: "Menunggu rilis Susenas; diisi saat data BPS terbit.",
  },
  {
    program: "kampung-digital",
    indicator: "EC: ICT: ICT: 5C",
    baseline: [2024, 42],
    targets: [65, 85, 100, 115, 125, 135, 145, 150, 155],
    y2025: v(68, "2026-01-09 10:30", "2026-01-09 16:10", "Wi-Fi publik di 25 balai desa/kelurahan dan taman kota."),
  },
  {
    program: "sekolah-digital",
    indicator: "SC: EH: ED: 1C",
    baseline: [2024, 34],
    targets: [40, 50, 60, 70, 78, 85, 90, 95, 95],
    y2025: v(41, "2026-01-27 09:00", "2026-01-30 10:00", "Dapodik, semester ganjil 2025/2026."),
  },
  {
    program: "darurat-112",
    indicator: "SC: SH: SA: 5A",
    baseline: [2024, 32],
    targets: [28, 22, 18, 15, 15, 14, 14, 13, 13],
    y2025: v(26, "2026-01-12 13:00", "2026-01-12 15:45", "Rata-rata waktu tanggap panggilan 112 sejak Juli 2025."),
  },
  {
    program: "peringatan-banjir",
    indicator: "EC: ICT: D: 1A",
    baseline: [2024, 0],
    targets: [15, 35, 55, 70, 75, 80, 85, 90, 90],
    y2025: v(12, "2026-02-18 10:00", undefined, "Sensor muka air di 6 titik Citanduy dan saluran Langensari."),
  },
  {
    program: "bank-sampah",
    indicator: "EC: I: WA: 1C",
    baseline: [2023, 68],
    targets: [72, 76, 80, 84, 87, 90, 92, 94, 95],
    y2025: {
      ...v(73.5, "2026-01-16 09:00", "2026-01-21 09:30", "Rumah tangga terlayani pengangkutan rutin."),
      evidence: {
        title: "Laporan Cakupan Pelayanan Persampahan 2025",
        lines: ["Dinas Lingkungan Hidup Kota Banjar", "Cakupan pengangkutan 73,5 persen rumah tangga."],
      },
    },
  },
  {
    program: "ruang-hijau",
    indicator: "EN: EN: PSN: 1C",
    baseline: [2024, 48.5],
    from: 2026,
    targets: [50, 52, 54, 56, 58, 60, 62, 64],
  },
];
