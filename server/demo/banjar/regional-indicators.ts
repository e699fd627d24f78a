/**
 * Kota Banjar's own indicators, added by its coordinator where the national U4SSC catalogue has
 * nothing that fits: a flagship product, tourism to its two lakes, stunting, the SPBE index,
 * complaints handled in time and QRIS at the markets.
 */

/** A region indicator the coordinator adds; `producer` is the OPD abbreviation. */
export type RegionalIndicatorSeed = {
  code: string;
  name: string;
  definition: string;
  measure: string;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  producer: string;
  source: string;
  elementCode: string;
};

export const REGIONAL_INDICATORS: readonly RegionalIndicatorSeed[] = [
  {
    code: "BJR-01",
    name: "Jumlah UMKM galendo terdaftar di platform digital",
    definition:
      "UMKM olahan kelapa dan galendo di Kota Banjar yang memiliki toko aktif di sedikitnya satu lokapasar atau katalog daring Produk Asli Banjar.",
    measure: "Jumlah unit usaha galendo dengan toko daring aktif pada 31 Desember tahun berjalan.",
    unit: "unit usaha",
    direction: "higher_is_better",
    producer: "Dinkop UKM",
    source: "Dinas Koperasi, Usaha Kecil dan Menengah Kota Banjar, pendataan UMKM binaan",
    elementCode: "economy.industri",
  },
  {
    code: "BJR-02",
    name: "Kunjungan wisatawan ke Situ Leutik dan Situ Mustika",
    definition:
      "Kunjungan wisatawan nusantara dan mancanegara ke dua destinasi situ yang dikelola Pemerintah Kota Banjar.",
    measure: "Jumlah tiket masuk dan kunjungan tercatat penghitung pengunjung selama setahun.",
    unit: "kunjungan",
    direction: "higher_is_better",
    producer: "Disparbud",
    source: "Dinas Pariwisata dan Kebudayaan Kota Banjar, rekap e-tiket",
    elementCode: "branding.pariwisata",
  },
  {
    code: "BJR-03",
    name: "Prevalensi balita stunting",
    definition: "Balita dengan tinggi badan menurut umur di bawah −2 standar deviasi standar WHO.",
    measure: "Balita stunting ÷ balita yang diukur pada bulan timbang Agustus × 100 (e-PPGBM).",
    unit: "persen",
    direction: "lower_is_better",
    producer: "Dinkes",
    source: "Dinas Kesehatan Kota Banjar, aplikasi e-PPGBM",
    elementCode: "living.kesehatan",
  },
  {
    code: "BJR-04",
    name: "Indeks SPBE Kota Banjar",
    definition: "Nilai indeks Sistem Pemerintahan Berbasis Elektronik hasil evaluasi Kementerian PANRB.",
    measure: "Indeks SPBE pada skala 1–5 dari laporan evaluasi SPBE tahun berjalan.",
    unit: "indeks (skala 1–5)",
    direction: "higher_is_better",
    producer: "Diskominfo",
    source: "Kementerian PANRB, Hasil Evaluasi SPBE",
    elementCode: "governance.manajemen-birokrasi",
  },
  {
    code: "BJR-05",
    name: "Aduan warga ditindaklanjuti dalam batas waktu",
    definition: "Aduan dari semua kanal yang ditindaklanjuti OPD dalam batas waktu layanan pengaduan.",
    measure: "Aduan selesai dalam batas waktu ÷ aduan yang diterima × 100.",
    unit: "persen",
    direction: "higher_is_better",
    producer: "Diskominfo",
    source: "Sistem pengaduan terpadu Kota Banjar dan SP4N-LAPOR!",
    elementCode: "society.interaksi-masyarakat",
  },
  {
    code: "BJR-06",
    name: "Pedagang pasar penerima pembayaran QRIS",
    definition: "Pedagang Pasar Banjar dan pasar kecamatan yang menerima pembayaran QRIS dan aktif bertransaksi.",
    measure: "Jumlah pedagang dengan transaksi QRIS dalam tiga bulan terakhir tahun berjalan.",
    unit: "pedagang",
    direction: "higher_is_better",
    producer: "Disperindag",
    source: "Disperindag Kota Banjar bersama bank daerah",
    elementCode: "economy.transaksi-keuangan",
  },
];
