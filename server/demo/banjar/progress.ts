import type { ProgressStatus } from "../../../domain/monitoring";

/**
 * Yearly progress of Kota Banjar's programs as the owner OPDs reported it: 2024 (the year the
 * plan was written; programs already in the RPD ran) and 2025, the first year under the Perwali.
 * Budgets in millions of Rupiah, all sources together; in 2025 the national budget efficiency
 * (Inpres 1/2025) cut several APBN lines, and one program was moved to 2026.
 */
export type ProgressSeed = {
  program: string;
  status: ProgressStatus;
  physical: number;
  allocated: number;
  realised: number;
  note: string;
};

const p = (
  program: string,
  status: ProgressStatus,
  physical: number,
  allocated: number,
  realised: number,
  note: string,
): ProgressSeed => ({ program, status, physical, allocated, realised, note });

/** Reported in January 2025. */
export const PROGRESS_2024: readonly ProgressSeed[] = [
  p("mpp-digital", "on_track", 100, 650, 612, "Pemetaan alur 112 layanan dan standar pelayanan digital selesai."),
  p("spbe-pusat-data", "on_track", 100, 800, 744, "Inventarisasi 38 aplikasi OPD dan arsitektur SPBE daerah."),
  p("satu-data", "on_track", 100, 350, 331, "Daftar data prioritas 292 dataset ditetapkan forum Satu Data."),
  p("perwali-smart-city", "done", 100, 150, 138, "Perwali Nomor 45 Tahun 2024 ditetapkan 16 Desember 2024."),
  p("kalender-event", "on_track", 100, 250, 236, "Kalender acara 2025 disusun bersama komunitas."),
  p("merek-umkm", "on_track", 90, 200, 176, "Desain merek bersama; standar kemasan masih diuji."),
  p("umkm-galendo", "on_track", 100, 300, 284, "Pendataan UMKM galendo dan kelas lokapasar pertama."),
  p("pasar-nontunai", "on_track", 100, 200, 188, "Uji coba QRIS di 146 kios Pasar Banjar."),
  p("data-kesejahteraan", "on_track", 100, 250, 241, "Pemutakhiran DTKS di 25 desa dan kelurahan."),
  p("rumah-layak", "on_track", 60, 200, 150, "Survei RTLH di Kecamatan Banjar dan Pataruman."),
  p("rekam-medis", "on_track", 100, 500, 468, "RME di 4 puskesmas percontohan."),
  p("kanal-aduan", "on_track", 100, 150, 142, "Integrasi SP4N-LAPOR! dan kanal media sosial."),
  p("kampung-digital", "on_track", 100, 150, 147, "Relawan TIK di 10 desa dan kelurahan."),
  p("bank-sampah", "on_track", 100, 250, 233, "Pendataan 31 bank sampah dan rancangan aplikasi."),
];

/** Reported in January 2026 for the 25 programs running in 2025. */
export const PROGRESS_2025: readonly ProgressSeed[] = [
  p(
    "mpp-digital",
    "on_track",
    85,
    1200,
    1104,
    "Antrean daring aktif di MPP dan empat kecamatan; anjungan mandiri di 5 titik.",
  ),
  p(
    "aplikasi-warga",
    "on_track",
    70,
    1350,
    1148,
    "Arsitektur dan integrasi identitas warga selesai; pagu disesuaikan efisiensi.",
  ),
  p(
    "spbe-pusat-data",
    "on_track",
    80,
    2000,
    1786,
    "Cadangan di PDN berjalan; APBN dipotong efisiensi dari Rp 1 M menjadi Rp 600 juta.",
  ),
  p(
    "perencanaan-kinerja",
    "on_track",
    75,
    450,
    401,
    "SIPD dan e-SAKIP terhubung untuk 30 OPD; dasbor kinerja uji coba.",
  ),
  p("satu-data", "on_track", 90, 600, 566, "Portal Satu Data terbit Juni 2025 dengan 152 dataset."),
  p("destinasi-situ", "on_track", 70, 1200, 1037, "E-tiket Situ Leutik sejak Mei 2025; masterplan kawasan selesai."),
  p("kalender-event", "on_track", 95, 400, 388, "Tujuh acara kalender 2025 terlaksana, e-tiket dipakai di tiga acara."),
  p("peluang-investasi", "on_track", 80, 300, 271, "Enam profil proyek siap tawar; forum investasi 14 Oktober 2025."),
  p("merek-umkm", "on_track", 85, 450, 402, "Merek Produk Asli Banjar dipakai 64 UMKM; katalog daring terbit."),
  p("umkm-galendo", "on_track", 90, 750, 702, "Rumah produksi bersama di Pataruman beroperasi; 87 UMKM di lokapasar."),
  p(
    "pasar-nontunai",
    "on_track",
    92,
    550,
    515,
    "463 pedagang menerima QRIS; retribusi harian nontunai di Pasar Banjar.",
  ),
  p("pajak-daring", "on_track", 70, 400, 352, "Pelaporan pajak hotel dan restoran daring; e-SPPT PBB mulai 2026."),
  p("data-kesejahteraan", "on_track", 85, 450, 417, "Verifikasi daring oleh desa dan kelurahan berjalan."),
  p("bursa-kerja", "not_started", 0, 0, 0, "Digeser ke APBD Perubahan 2026 karena penyesuaian anggaran."),
  p(
    "tata-ruang-daring",
    "delayed",
    35,
    500,
    212,
    "RDTR Langensari belum mendapat persetujuan substansi; publikasi peta tertunda.",
  ),
  p(
    "rumah-layak",
    "done",
    100,
    300,
    286,
    "Peta RTLH dan kawasan kumuh selesai lebih cepat; dipakai untuk penanganan 2026.",
  ),
  p("rekam-medis", "on_track", 70, 2700, 2415, "RME di 10 puskesmas; rujukan elektronik ke RSUD sejak Oktober 2025."),
  p("posyandu-digital", "on_track", 80, 400, 371, "Aplikasi posyandu dipakai 212 posyandu; kader dilatih."),
  p(
    "lalu-lintas",
    "delayed",
    40,
    800,
    418,
    "Pengendali simpang di 3 dari 8 simpang; sisanya menunggu hibah perangkat.",
  ),
  p("kanal-aduan", "on_track", 90, 300, 281, "Semua kanal aduan tercatat di satu sistem dengan batas waktu per OPD."),
  p(
    "kampung-digital",
    "on_track",
    85,
    350,
    322,
    "Kampung digital di 25 desa dan kelurahan; 1.240 warga ikut pelatihan.",
  ),
  p("sekolah-digital", "on_track", 65, 600, 517, "Pelatihan 420 guru; perpustakaan digital daerah beroperasi."),
  p(
    "darurat-112",
    "on_track",
    75,
    900,
    806,
    "Layanan 112 beroperasi sejak Juli 2025 dengan ruang kendali di Diskominfo.",
  ),
  p(
    "peringatan-banjir",
    "on_track",
    60,
    1700,
    1392,
    "Sensor di 6 titik; APBN dipotong efisiensi dari Rp 1,5 M menjadi Rp 1 M.",
  ),
  p("bank-sampah", "on_track", 85, 1000, 934, "TPS3R di tiga kecamatan; Langensari menyusul 2026."),
];

export type QuickWinProgressSeed = {
  program: string;
  status: ProgressStatus;
  physical: number;
  note: string;
  at: string;
  evidence?: { title: string; lines: readonly string[] };
};

/** The five quick wins of 2025, reported in December 2025. */
export const QUICK_WIN_PROGRESS_2025: readonly QuickWinProgressSeed[] = [
  {
    program: "satu-data",
    status: "done",
    physical: 100,
    note: "Portal Satu Data diluncurkan Wali Kota 12 Juni 2025 dengan 152 dataset prioritas.",
    at: "2025-12-15 10:00",
  },
  {
    program: "mpp-digital",
    status: "done",
    physical: 100,
    note: "Antrean daring dan anjungan mandiri beroperasi di MPP dan empat kantor kecamatan sejak Agustus 2025.",
    at: "2025-12-16 09:30",
  },
  {
    program: "pasar-nontunai",
    status: "delayed",
    physical: 93,
    note: "463 dari 500 pedagang; pedagang musiman Pasar Langensari dilanjutkan triwulan I 2026.",
    at: "2025-12-18 14:00",
  },
  {
    program: "kalender-event",
    status: "done",
    physical: 100,
    note: "Kalender acara 2025 dan e-tiket Situ Leutik daring sejak Mei 2025.",
    at: "2025-12-15 13:00",
  },
  {
    program: "bank-sampah",
    status: "done",
    physical: 100,
    note: "Bank sampah digital beroperasi di 25 desa dan kelurahan dengan 3.860 nasabah.",
    at: "2025-12-19 09:00",
    evidence: {
      title: "Berita Acara Serah Terima Aplikasi Bank Sampah Digital",
      lines: ["Dinas Lingkungan Hidup Kota Banjar, 28 November 2025", "25 unit bank sampah desa dan kelurahan."],
    },
  },
];
