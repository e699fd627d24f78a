import { bullets, paragraphs } from "./types";

const DALAM_ANGKA = "BPS Kota Banjar, Kota Banjar Dalam Angka 2024";

/** Buku 1, profil wilayah: key figures (each with year and source), the city, its nature and culture. */
export const PROFILE = {
  figures: [
    { label: "Jumlah penduduk", value: "207.510", unit: "jiwa", year: 2023, source: DALAM_ANGKA },
    { label: "Luas wilayah", value: "113,49", unit: "km²", year: 2023, source: DALAM_ANGKA },
    { label: "Kepadatan penduduk", value: "1.829", unit: "jiwa/km²", year: 2023, source: DALAM_ANGKA },
    { label: "Kecamatan", value: "4", unit: "kecamatan", year: 2023, source: DALAM_ANGKA },
    { label: "Desa dan kelurahan", value: "16 desa, 9 kelurahan", year: 2023, source: DALAM_ANGKA },
    {
      label: "Indeks Pembangunan Manusia",
      value: "73,26",
      year: 2023,
      source: "BPS Kota Banjar, Indeks Pembangunan Manusia Kota Banjar 2023",
    },
    { label: "Laju pertumbuhan ekonomi", value: "4,92", unit: "persen", year: 2023, source: DALAM_ANGKA },
    { label: "Persentase penduduk miskin", value: "6,19", unit: "persen", year: 2023, source: DALAM_ANGKA },
    { label: "Tingkat pengangguran terbuka", value: "6,08", unit: "persen", year: 2023, source: DALAM_ANGKA },
    {
      label: "Belanja daerah (APBD)",
      value: "1,02",
      unit: "triliun Rupiah",
      year: 2024,
      source: "Peraturan Daerah Kota Banjar tentang APBD Tahun Anggaran 2024",
    },
    {
      label: "Indeks SPBE",
      value: "2,87",
      unit: "skala 1–5",
      year: 2023,
      source: "Kementerian PANRB, Hasil Evaluasi SPBE 2023",
    },
    {
      label: "Kunjungan wisatawan",
      value: "312.400",
      unit: "kunjungan",
      year: 2023,
      source: "Dinas Pariwisata dan Kebudayaan Kota Banjar",
    },
    {
      label: "Usaha mikro, kecil dan menengah",
      value: "11.860",
      unit: "unit usaha",
      year: 2023,
      source: "Dinas Koperasi, Usaha Kecil dan Menengah Kota Banjar",
    },
    {
      label: "Desa/kelurahan terjangkau sinyal 4G",
      value: "25 dari 25",
      year: 2023,
      source: "Dinas Komunikasi dan Informatika Kota Banjar",
    },
  ],
  narrative: paragraphs(
    "Kota Banjar terletak di ujung timur Provinsi Jawa Barat dan berbatasan langsung dengan Kabupaten Cilacap, Provinsi Jawa Tengah, di sepanjang Sungai Citanduy. Letak ini menjadikan Banjar <strong>gerbang Jawa Barat dari arah timur</strong> pada jalur lintas selatan Jawa, dengan Stasiun Banjar sebagai simpul kereta api antara Bandung dan Yogyakarta.",
    "Banjar berkembang dari kota kecamatan di Kabupaten Ciamis menjadi kota administratif pada 1992, lalu menjadi daerah otonom berdasarkan Undang-Undang Nomor 27 Tahun 2002. Wilayahnya terbagi atas empat kecamatan, yaitu Banjar, Pataruman, Purwaharja dan Langensari, dengan 16 desa dan 9 kelurahan. Pusat kota di sekitar alun-alun, Pasar Banjar dan Stasiun Banjar menjadi pusat perdagangan dan jasa bagi wilayah Priangan Timur dan Cilacap bagian barat.",
    "Perekonomian ditopang oleh perdagangan, jasa, industri pengolahan skala kecil (olahan kelapa dan galendo, makanan ringan, mebel) serta pertanian padi di Langensari dan Pataruman. Dengan APBD sekitar Rp 1 triliun, ruang fiskal untuk belanja pembangunan terbatas sehingga program smart city harus memanfaatkan aplikasi bersama, kerja sama dan sumber pendanaan di luar APBD.",
  ),
  natureCulture: paragraphs(
    "Topografi Kota Banjar beragam, dari dataran rendah Langensari yang kurang dari 25 meter di atas permukaan laut hingga perbukitan Purwaharja sekitar 500 meter. Sungai Citanduy dan anak-anak sungainya membentuk bentang alam kota sekaligus menjadi sumber risiko banjir musiman di Langensari dan Pataruman.",
    "Potensi alam yang telah dikembangkan sebagai ruang publik dan destinasi wisata antara lain:",
    bullets(
      "Situ Leutik di Desa Cibeureum, Kecamatan Banjar: danau kecil bermata air dengan jogging track dan taman;",
      "Situ Mustika di Kecamatan Purwaharja, di kaki Gunung Babakan, dengan hutan jati dan jembatan gantung;",
      "Lembah Pajamben di Desa Binangun dan Ecopark di bantaran Sungai Citanduy, Kecamatan Pataruman;",
      "Banjar Waterpark dan Rest Area Banjar Atas di jalur lintas selatan.",
    ),
    "Masyarakat Banjar berbudaya Sunda dengan pengaruh Jawa di wilayah timur yang berbatasan dengan Cilacap. Semboyan kota, <em>Somahna Bagja di Buana</em>, dan julukan Kota Idaman (Indah, Damai, Asri, Mandiri) menjadi landasan identitas kota. Kuliner khas seperti galendo dan olahan kelapa, kesenian Sunda, serta peringatan Hari Jadi Kota Banjar setiap Februari menjadi modal penguatan citra kota.",
  ),
};

/** Readiness per lens (struktur, infrastruktur, suprastruktur) with its gap. */
export const READINESS = {
  lenses: [
    {
      lens: "struktur",
      condition: paragraphs(
        "Pemerintah Kota Banjar memiliki 30 perangkat daerah, termasuk empat kecamatan dan RSUD, dengan Dinas Komunikasi dan Informatika sebagai pengampu SPBE dan statistik sektoral. Pada 2024 Diskominfo memiliki 9 pranata komputer dan 4 pengembang aplikasi; tiap OPD menunjuk satu operator data. Kolaborasi dengan perguruan tinggi, komunitas TIK dan pelaku usaha sudah berjalan tetapi belum melembaga.",
      ),
      gap: paragraphs(
        "Belum ada forum koordinasi smart city yang tetap; SDM TIK terpusat di Diskominfo dan kompetensi analisis data di OPD masih rendah. Diperlukan Dewan, Tim Pelaksana dan Forum Smart City dengan SK, serta rencana pengembangan kompetensi digital ASN.",
      ),
    },
    {
      lens: "infrastruktur",
      condition: paragraphs(
        "Jaringan serat optik pemerintah menghubungkan 31 kantor OPD, kecamatan dan puskesmas. Ruang server berada di gedung Diskominfo dengan kapasitas terbatas; sebagian aplikasi sudah memakai layanan pusat data nasional. Seluruh desa dan kelurahan terjangkau sinyal 4G, tetapi kualitas di sebagian Purwaharja dan Langensari masih rendah.",
      ),
      gap: paragraphs(
        "Belum ada rencana pemulihan bencana untuk data pemerintah, 38 aplikasi OPD berjalan sendiri-sendiri tanpa interoperabilitas, dan titik akses internet publik baru 42 lokasi. Dibutuhkan konsolidasi pusat data, integrasi layanan dan perluasan internet publik di ruang warga.",
      ),
    },
    {
      lens: "suprastruktur",
      condition: paragraphs(
        "Kebijakan SPBE ditetapkan dengan Peraturan Wali Kota Banjar tentang Sistem Pemerintahan Berbasis Elektronik, dan Satu Data Indonesia mulai diterapkan melalui forum data daerah. Dokumen RPD 2024–2026 memuat transformasi digital sebagai salah satu prioritas.",
      ),
      gap: paragraphs(
        "Belum ada peraturan yang menetapkan masterplan smart city, tata kelola data pribadi dan standar interoperabilitas. Dibutuhkan Peraturan Wali Kota tentang Masterplan Smart City dan penyesuaian Renstra OPD agar program smart city masuk dokumen penganggaran.",
      ),
    },
  ],
};
