/**
 * Kota Banjar's self-assessment for "Evaluasi GMSC 2025 Tahap I", written by its coordinator in
 * May 2025: one answer per item (smart-city dimension × result dimension) with a self score on
 * the 1–5 scale. It reports what stood by then: the Perwali, the 2024 progress, the first months
 * of 2025. Evidence files go with three of the items.
 */
type Answer = { score: number; text: string };
type Dimension = Record<"baseline" | "output" | "outcome" | "impact" | "quick_win", Answer>;

export const BANJAR_SELF_ASSESSMENT: Record<string, Dimension> = {
  governance: {
    baseline: {
      score: 4,
      text: "Kondisi awal tata kelola tercatat dalam Buku 1 masterplan: Indeks SPBE 2023 sebesar 2,87, 38 aplikasi OPD yang belum saling terhubung, dan baru 38 dari 112 layanan MPP yang dapat diajukan daring pada 2024. Baseline setiap indikator program tata kelola sudah diisi di modul monitoring.",
    },
    output: {
      score: 5,
      text: "Masterplan Smart City 2024–2033 ditetapkan dengan Peraturan Wali Kota Banjar Nomor 45 Tahun 2024 tanggal 16 Desember 2024. Dewan Smart City, Tim Pelaksana dan Forum Smart City dibentuk dengan Keputusan Wali Kota. MPP Digital, aplikasi layanan warga, penguatan SPBE, integrasi perencanaan dan Satu Data masuk Renja 2025 dengan pagu Rp 5,6 miliar.",
    },
    outcome: {
      score: 4,
      text: "Sampai Mei 2025 antrean daring berjalan di MPP dan dua kantor kecamatan, daftar 292 data prioritas ditetapkan forum Satu Data, dan cadangan data mulai dipindahkan ke Pusat Data Nasional. Integrasi SIPD dengan e-SAKIP sedang diuji coba di delapan OPD.",
    },
    impact: {
      score: 3,
      text: "Waktu tunggu di MPP turun dari rata-rata 47 menit menjadi 22 menit sejak antrean daring dipakai. Dampak terhadap kepuasan masyarakat diukur melalui survei kepuasan semester I 2025 yang hasilnya terbit Juli.",
    },
    quick_win: {
      score: 4,
      text: "Dua quick win tata kelola 2025: antrean daring dan anjungan layanan mandiri di MPP serta empat kecamatan, dan portal Satu Data dengan 150 dataset prioritas yang dijadwalkan diluncurkan Wali Kota pada Juni 2025.",
    },
  },
  branding: {
    baseline: {
      score: 4,
      text: "Kunjungan wisatawan Kota Banjar tercatat 312.400 kunjungan pada 2023; Situ Leutik dan Situ Mustika menerima 96.400 kunjungan pada 2024. Promosi acara masih tersebar di akun media sosial masing-masing OPD tanpa kalender bersama.",
    },
    output: {
      score: 4,
      text: "Destinasi digital Situ Leutik dan Situ Mustika, kalender event Banjar Patroman, peta peluang investasi dan merek bersama Produk Asli Banjar dianggarkan Rp 1,9 miliar dalam APBD 2025, ditambah Rp 450 juta dari CSR.",
    },
    outcome: {
      score: 3,
      text: "Masterplan kawasan Situ Leutik sedang disusun dan e-tiket mulai dipakai Mei 2025. Kalender acara 2025 sudah terbit daring; merek Produk Asli Banjar dipakai 40 UMKM.",
    },
    impact: {
      score: 3,
      text: "Kunjungan ke Situ Leutik selama libur Lebaran 2025 naik 18 persen dibanding 2024. Dampak pada belanja wisatawan baru dapat diukur setelah e-tiket berjalan penuh.",
    },
    quick_win: {
      score: 4,
      text: "Quick win kalender acara dan e-tiket Situ Leutik: kalender 2025 daring sejak Januari dan e-tiket beroperasi sejak Mei 2025.",
    },
  },
  economy: {
    baseline: {
      score: 4,
      text: "Tercatat 11.860 UMKM pada 2023, dan baru 42 UMKM galendo yang berjualan daring pada 2024. Persentase penduduk miskin 6,19 persen dan tingkat pengangguran terbuka 6,08 persen (2023) menjadi baseline indikator kesejahteraan.",
    },
    output: {
      score: 4,
      text: "Program UMKM galendo, pasar nontunai, pajak daerah daring, data terpadu kesejahteraan dan bursa kerja masuk RKPD 2025. Bank daerah menanggung perangkat QRIS dan pendampingan pedagang melalui perjanjian kerja sama.",
    },
    outcome: {
      score: 4,
      text: "Sampai April 2025, 312 pedagang Pasar Banjar menerima QRIS dan retribusi harian mulai dibayar nontunai. Kelas lokapasar kedua untuk UMKM galendo diikuti 30 pelaku usaha dari Pataruman dan Purwaharja.",
    },
    impact: {
      score: 3,
      text: "Pedagang pengguna QRIS melaporkan lebih banyak pembeli dari luar kota. Dampak pada omzet UMKM diukur melalui survei Dinkop UKM pada akhir 2025.",
    },
    quick_win: {
      score: 4,
      text: "Quick win 500 pedagang menerima QRIS dan membayar retribusi harian nontunai; realisasi 312 pedagang pada April 2025.",
    },
  },
  living: {
    baseline: {
      score: 4,
      text: "Prevalensi balita stunting 17,4 persen (2023) dan rekam medis elektronik yang baru menjangkau 22 persen penduduk (2024) menjadi baseline kesehatan. Rumah tidak layak huni dan kawasan kumuh di bantaran Citanduy belum terpetakan lengkap.",
    },
    output: {
      score: 4,
      text: "Rekam medis elektronik puskesmas dan RSUD didukung APBD dan DAK 2025; posyandu digital, peta tata ruang daring, peta RTLH dan pengendalian lalu lintas masuk Renja OPD 2025.",
    },
    outcome: {
      score: 3,
      text: "RME beroperasi di 7 dari 10 puskesmas dan aplikasi posyandu dipakai 150 posyandu. RDTR Langensari yang menjadi dasar peta tata ruang daring belum selesai, sehingga program tersebut tertinggal dari jadwal.",
    },
    impact: {
      score: 3,
      text: "Rujukan dari puskesmas ke RSUD mulai tercatat elektronik. Dampak pada penurunan stunting baru akan terlihat dari bulan timbang Agustus 2025.",
    },
    quick_win: {
      score: 3,
      text: "Belum ada quick win dimensi ini pada 2025; pendataan RTLH yang berjalan lebih cepat dari rencana diusulkan menjadi quick win 2026.",
    },
  },
  society: {
    baseline: {
      score: 4,
      text: "Akses internet rumah tangga 71,2 persen (Susenas 2023), 42 titik internet publik, 61 persen aduan warga selesai dalam batas waktu pada 2024, dan waktu tanggap kedaruratan rata-rata 32 menit.",
    },
    output: {
      score: 4,
      text: "Kanal aduan terpadu, kampung digital, sekolah digital dan layanan darurat 112 dianggarkan pada 2025. Relawan TIK bekerja sama dengan karang taruna di 25 desa dan kelurahan.",
    },
    outcome: {
      score: 4,
      text: "Semua kanal aduan sudah masuk satu sistem dengan batas waktu per OPD, kampung digital berjalan di 18 desa dan kelurahan, dan pelatihan guru tahap pertama diikuti 160 guru.",
    },
    impact: {
      score: 3,
      text: "Aduan yang selesai tepat waktu naik menjadi 72 persen pada triwulan I 2025. Layanan 112 baru beroperasi Juli 2025 sehingga dampaknya belum terukur.",
    },
    quick_win: {
      score: 3,
      text: "Tidak ada quick win khusus dimensi ini; Wi-Fi publik di balai desa dan kelurahan dipercepat bersama program kampung digital.",
    },
  },
  environment: {
    baseline: {
      score: 3,
      text: "Cakupan pengangkutan sampah 68 persen rumah tangga (2023), 31 bank sampah aktif dengan pencatatan manual, dan belum ada data kualitas udara dan air yang dipublikasikan.",
    },
    output: {
      score: 4,
      text: "Bank sampah digital dan TPS3R didanai APBD dan CSR 2025; sistem peringatan dini banjir Citanduy mendapat dukungan APBN. Ruang terbuka hijau dan PJU pintar dijadwalkan mulai 2026.",
    },
    outcome: {
      score: 3,
      text: "TPS3R Pataruman dan Purwaharja beroperasi dan aplikasi bank sampah diuji di 12 desa. Pemasangan sensor muka air Citanduy menunggu pengadaan triwulan III.",
    },
    impact: {
      score: 2,
      text: "Dampak lingkungan belum dapat diukur: volume sampah terpilah baru dicatat sejak aplikasi bank sampah diuji coba.",
    },
    quick_win: {
      score: 4,
      text: "Quick win bank sampah digital di 25 desa dan kelurahan ditargetkan Desember 2025; 12 desa sudah memakai aplikasinya.",
    },
  },
};

/** Evidence the coordinator attaches to items of the 2025 self-assessment. */
export const BANJAR_EVALUATION_EVIDENCE = [
  {
    itemCode: "governance.output",
    title: "Keputusan Wali Kota Banjar tentang Dewan dan Tim Pelaksana Smart City",
    lines: ["Susunan Dewan Smart City, Tim Pelaksana dan Forum Smart City Kota Banjar."],
  },
  {
    itemCode: "governance.quick_win",
    title: "Laporan Quick Win Antrean Daring MPP Kota Banjar",
    lines: ["Antrean daring di MPP dan dua kantor kecamatan, Januari-April 2025."],
  },
  {
    itemCode: "living.outcome",
    title: "Laporan Rekam Medis Elektronik Puskesmas Triwulan I 2025",
    lines: ["Dinas Kesehatan Kota Banjar", "RME di 7 dari 10 puskesmas."],
  },
] as const;
