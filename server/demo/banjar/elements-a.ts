import { bullets, paragraphs } from "./types";

type ElementNarrative = { condition: string; problems: string; strategy: string };

/** Per element of Smart Governance, Branding and Economy: condition, problems, strategy. */
export const ELEMENTS_A: Record<string, ElementNarrative> = {
  "governance.pelayanan-publik": {
    condition: paragraphs(
      "Mal Pelayanan Publik Kota Banjar melayani 112 jenis layanan dari 14 instansi. Layanan kependudukan sudah dapat diajukan daring, tetapi perizinan daerah dan layanan kecamatan sebagian besar masih manual.",
    ),
    problems: paragraphs(
      "Warga mengisi data yang sama berulang kali di aplikasi berbeda; antrean menumpuk pada awal bulan; layanan di kecamatan Langensari dan Purwaharja jauh dari pusat kota.",
    ),
    strategy:
      paragraphs("Layanan dipadukan di satu pintu, fisik dan digital:") +
      bullets(
        "mendigitalkan layanan MPP dengan anjungan mandiri di MPP dan empat kantor kecamatan;",
        "membangun satu aplikasi layanan warga dengan identitas tunggal;",
        "menetapkan standar waktu layanan dan survei kepuasan daring.",
      ),
  },
  "governance.manajemen-birokrasi": {
    condition: paragraphs(
      "Perencanaan, penganggaran dan pelaporan kinerja memakai aplikasi terpisah (SIPD, e-SAKIP daerah, aplikasi kepegawaian). Naskah dinas elektronik baru dipakai di Sekretariat Daerah dan Diskominfo.",
    ),
    problems: paragraphs(
      "Data kinerja dimasukkan ulang di beberapa aplikasi; ruang server tanpa cadangan di luar lokasi; Indeks SPBE 2,87 masih di bawah target nasional.",
    ),
    strategy: paragraphs(
      "Mengintegrasikan perencanaan–penganggaran–kinerja, memperluas naskah dinas elektronik ke seluruh OPD, dan mengonsolidasikan pusat data dengan cadangan di Pusat Data Nasional sesuai arsitektur SPBE daerah.",
    ),
  },
  "governance.kebijakan-publik": {
    condition: paragraphs(
      "Forum Satu Data telah dibentuk dan portal data memuat 64 dataset. Rancangan peraturan daerah dipublikasikan di JDIH, tetapi konsultasi publik masih melalui rapat tatap muka.",
    ),
    problems: paragraphs(
      "Data prioritas belum diperbarui berkala; pimpinan belum memiliki dasbor untuk memantau indikator pembangunan; partisipasi warga dalam penyusunan kebijakan rendah.",
    ),
    strategy: paragraphs(
      "Menetapkan daftar data prioritas per OPD, membangun dasbor pimpinan dari Satu Data Kota Banjar, dan membuka konsultasi publik daring untuk setiap rancangan peraturan.",
    ),
  },
  "branding.pariwisata": {
    condition: paragraphs(
      "Destinasi unggulan Situ Leutik, Situ Mustika, Lembah Pajamben dan Ecopark Citanduy dikunjungi sekitar 312 ribu kunjungan pada 2023, sebagian besar wisatawan harian dari Priangan Timur dan Cilacap.",
    ),
    problems: paragraphs(
      "Informasi destinasi dan acara tersebar di media sosial; tiket masih tunai; belum ada data kunjungan harian untuk perencanaan; amenitas di Situ Mustika terbatas.",
    ),
    strategy: paragraphs(
      "Mengembangkan destinasi berbasis digital (e-tiket, informasi dan peta digital, Wi-Fi publik), menyusun kalender acara tahunan, dan memasarkan Banjar sebagai persinggahan jalur lintas selatan.",
    ),
  },
  "branding.bisnis-daerah": {
    condition: paragraphs(
      "Investasi di Kota Banjar didominasi perdagangan dan jasa. Perizinan berusaha memakai OSS, namun profil peluang investasi daerah belum tersedia dalam bentuk yang siap ditawarkan.",
    ),
    problems: paragraphs(
      "Calon investor sulit memperoleh data lahan, tata ruang dan insentif; produk UMKM belum memiliki merek daerah yang dikenal.",
    ),
    strategy: paragraphs(
      "Menyusun peta peluang investasi digital yang terhubung dengan tata ruang, menggelar forum investasi tahunan, dan membangun merek bersama produk UMKM Banjar.",
    ),
  },
  "branding.wajah-kota": {
    condition: paragraphs(
      "Koridor alun-alun, Pasar Banjar dan Stasiun Banjar menjadi wajah kota bagi pelintas. Penataan trotoar dan taman kota berjalan bertahap.",
    ),
    problems: paragraphs(
      "Papan reklame tidak tertata, parkir di badan jalan sekitar pasar, dan minimnya penanda kota di gerbang masuk dari Jawa Tengah.",
    ),
    strategy: paragraphs(
      "Menata koridor pusat kota dengan ruang pejalan kaki, penanda kota dan reklame digital yang tertib, serta mempercantik gerbang kota di perbatasan Citanduy.",
    ),
  },
  "economy.industri": {
    condition: paragraphs(
      "Industri kecil didominasi olahan kelapa dan galendo, makanan ringan, mebel dan konveksi. Sekitar 11.860 UMKM tercatat, 18 persen di antaranya sudah berjualan daring.",
    ),
    problems: paragraphs(
      "Kemasan dan sertifikasi produk (PIRT, halal) belum merata, akses pasar di luar Priangan Timur terbatas, dan pencatatan usaha masih manual.",
    ),
    strategy: paragraphs(
      "Mendampingi UMKM masuk lokapasar dan pembayaran digital, memfasilitasi sertifikasi dan desain kemasan, serta membangun rumah produksi bersama olahan kelapa.",
    ),
  },
  "economy.kesejahteraan": {
    condition: paragraphs(
      "Persentase penduduk miskin 6,19 persen dan tingkat pengangguran terbuka 6,08 persen pada 2023. Data kesejahteraan sosial dimutakhirkan melalui musyawarah desa/kelurahan.",
    ),
    problems: paragraphs(
      "Data penerima bantuan berbeda antarprogram, pemutakhiran lambat, dan informasi lowongan kerja belum terhubung dengan pelatihan.",
    ),
    strategy: paragraphs(
      "Memadukan data kesejahteraan sosial dengan data kependudukan, membuka bursa kerja daring yang terhubung dengan pelatihan vokasi, dan memantau harga serta stok pangan.",
    ),
  },
  "economy.transaksi-keuangan": {
    condition: paragraphs(
      "Pembayaran pajak daerah sudah dapat melalui bank daerah dan kanal daring. Di Pasar Banjar, transaksi pedagang dan retribusi masih hampir seluruhnya tunai.",
    ),
    problems: paragraphs(
      "Kebocoran retribusi pasar, antrean pembayaran PBB menjelang jatuh tempo, dan pedagang belum terbiasa dengan QRIS.",
    ),
    strategy: paragraphs(
      "Menerapkan QRIS dan e-retribusi di Pasar Banjar, e-SPPT PBB dan pembayaran pajak daring, serta edukasi keuangan digital bersama bank daerah.",
    ),
  },
};
