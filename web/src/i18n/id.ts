import { ERROR_MESSAGES, type ErrorCode } from "../../../domain/errors";
import { idAccounts } from "./id-accounts";
import { idCohort } from "./id-cohort";
import { idDocuments } from "./id-documents";
import { idEvaluation } from "./id-evaluation";
import { idEvaluationSchemes } from "./id-evaluation-schemes";
import { idFeedback } from "./id-feedback";
import { idFrameworkEdit } from "./id-framework-edit";
import { idInstruments } from "./id-instruments";
import { idMap } from "./id-map";
import { idMasterplan } from "./id-masterplan";
import { idMonitoring } from "./id-monitoring";
import { idNotifications } from "./id-notifications";
import { idOpenData } from "./id-open-data";
import { idPublicRegion } from "./id-public-region";

/** The error texts of the API codes in one language, from the list the server also uses. */
export function apiErrorTexts(lang: "id" | "en"): Record<ErrorCode, string> {
  const entries = Object.entries(ERROR_MESSAGES).map(([code, text]) => [code, text[lang]]);
  return Object.fromEntries(entries) as Record<ErrorCode, string>;
}

/** Indonesian texts: the reference language; `en.ts` must have the same keys. */
export const id = {
  ...idAccounts,
  ...idCohort,
  ...idDocuments,
  ...idEvaluation,
  ...idEvaluationSchemes,
  ...idFeedback,
  ...idFrameworkEdit,
  ...idInstruments,
  ...idMasterplan,
  ...idMap,
  ...idMonitoring,
  ...idNotifications,
  ...idOpenData,
  ...idPublicRegion,
  app: {
    name: "Kota Cerdas",
    subtitle: "Gerakan Menuju Smart City",
    skipToContent: "Langsung ke isi",
    openNavigation: "Buka navigasi",
    closeNavigation: "Tutup navigasi",
    mainNavigation: "Navigasi utama",
    language: "Bahasa",
    opensInNewTab: "(membuka tab baru)",
  },
  nav: {
    home: "Beranda",
    regions: "Wilayah",
    nationalMap: "Peta",
    framework: "Kerangka",
    indicators: "Indikator",
    apiDocs: "Dokumentasi API",
    users: "Pengguna",
    audit: "Jejak Audit",
    outbox: "Kotak Keluar",
    opd: "OPD",
    opdOf: "OPD {{region}}",
    cohorts: "Angkatan",
    assessments: "Penilaian",
    mentoring: "Wilayah Dampingan",
  },
  common: {
    retry: "Coba lagi",
    notAvailable: "—",
    required: "wajib",
    errorTitle: "Data tidak dapat dimuat",
    cancel: "Batal",
    close: "Tutup",
    confirm: "Ya, lanjutkan",
    loading: "Memuat…",
    actionFailed: "Tindakan gagal",
  },
  regionType: {
    provinsi: "Provinsi",
    kabupaten: "Kabupaten",
    kota: "Kota",
  },
  home: {
    title: "Kota Cerdas",
    lead:
      "Platform sumber terbuka untuk menjalankan Gerakan Menuju Smart City (GMSC) dari awal hingga akhir, " +
      "dari seleksi kabupaten/kota sampai evaluasi tahunan.",
    aboutTitle: "Tentang Gerakan Menuju Smart City",
    about:
      "GMSC adalah program nasional Kementerian Komunikasi dan Digital (dahulu Kominfo). Setiap tahun kementerian " +
      "memilih kabupaten/kota ke dalam satu angkatan, menandatangani Nota Kesepakatan, lalu mendampingi mereka melalui " +
      "empat tahap Bimbingan Teknis (Bimtek) hingga tersusun Masterplan Smart City 10 tahun. Masterplan ditetapkan " +
      "dengan Peraturan Bupati/Wali Kota, dilaksanakan oleh perangkat daerah (OPD) dan dievaluasi setiap tahun.",
    platformTitle: "Apa yang dilakukan platform ini",
    platform:
      "Hari ini program berjalan dengan berkas Word, surel dan lembar kerja. Kota Cerdas menjadikan masterplan " +
      "sebuah basis data terstruktur yang tetap dapat dicetak sebagai buku resmi, sehingga seluruh program dapat " +
      "ditelusuri, dibandingkan dan diukur — dan warga dapat melihat rencana serta kemajuannya.",
    availableNow:
      "Saat ini tersedia: data wilayah Kemendagri, kerangka GMSC, akun dan peran, angkatan dari undangan sampai " +
      "pendampingan Bimtek, masterplan terstruktur sampai penetapan Perkada, monitoring masterplan yang ditetapkan, " +
      "evaluasi tahunan, dan peta nasional.",
    figuresTitle: "Angka utama",
    figureProvinces: "Provinsi",
    figureKabupaten: "Kabupaten",
    figureKota: "Kota",
    figureDimensions: "Dimensi kerangka {{framework}}",
    figureDimensionsNoFramework: "Dimensi kerangka bawaan",
    figureError: "Angka tidak dapat dimuat",
    exploreRegions: "Jelajahi wilayah",
    exploreFramework: "Lihat kerangka",
  },
  regions: {
    title: "Wilayah",
    intro: "Provinsi, kabupaten dan kota menurut kode wilayah Kemendagri.",
    searchLabel: "Cari wilayah",
    searchPlaceholder: "mis. banjar atau 32.79",
    clearSearch: "Hapus pencarian",
    provinceLabel: "Provinsi",
    provincePlaceholder: "Semua provinsi",
    provinceNothingFound: "Provinsi tidak ditemukan",
    typeLabel: "Jenis",
    typePlaceholder: "Semua jenis",
    colCode: "Kode",
    colName: "Nama",
    colType: "Jenis",
    colProvince: "Provinsi",
    tableCaption: "Daftar wilayah",
    showing_one: "Menampilkan {{from}}–{{to}} dari {{total}} wilayah",
    showing_other: "Menampilkan {{from}}–{{to}} dari {{total}} wilayah",
    emptyQuery: "Tidak ada wilayah yang cocok dengan pencarian “{{q}}”.",
    emptyFilters: "Tidak ada wilayah yang cocok dengan filter ini.",
    resetFilters: "Hapus semua filter",
    pagination: "Halaman daftar wilayah",
    pageN: "Halaman {{page}}",
    firstPage: "Halaman pertama",
    previousPage: "Halaman sebelumnya",
    nextPage: "Halaman berikutnya",
    lastPage: "Halaman terakhir",
  },
  region: {
    breadcrumb: "Jejak navigasi",
    code: "Kode Kemendagri",
    type: "Jenis",
    province: "Provinsi",
    kabupatenCount: "Jumlah kabupaten",
    kotaCount: "Jumlah kota",
    listRegions: "Lihat semua wilayah di {{name}}",
    notFoundTitle: "Wilayah tidak ditemukan",
    notFound: "Wilayah dengan kode {{code}} tidak ditemukan.",
    backToList: "Kembali ke daftar wilayah",
  },
  framework: {
    title: "Kerangka",
    intro: "Kerangka GMSC: dimensi, elemen dan tahap Bimbingan Teknis yang dipakai angkatan dan masterplan.",
    select: "Pilih kerangka",
    default: "bawaan",
    version: "Versi {{version}}",
    summary: "{{dimensions}} dimensi · {{elements}} elemen · {{stages}} tahap Bimtek",
    dimensionsTitle: "Dimensi dan elemen",
    elementsOf: "Elemen {{name}}",
    noElements: "Dimensi ini belum memiliki elemen.",
    stagesTitle: "Tahap Bimbingan Teknis",
    focus: "Fokus",
    deliverables: "Keluaran",
    noDeliverables: "Tahap ini belum memiliki keluaran.",
    empty: "Belum ada kerangka yang terdaftar.",
  },
  session: {
    signIn: "Masuk",
    userMenu: "Menu pengguna: {{name}}",
    signedInAs: "Masuk sebagai",
    profile: "Profil",
    signOut: "Keluar",
  },
  access: {
    checking: "Memeriksa sesi…",
    forbiddenTitle: "Anda tidak berwenang",
    forbidden:
      "Anda tidak berwenang membuka halaman ini. Hubungi admin nasional atau koordinator daerah Anda bila memerlukan akses.",
    notFoundTitle: "Tidak ditemukan",
    notFound: "Data yang Anda cari tidak ada, atau berada di luar wilayah kerja Anda.",
    signedOutTitle: "Sesi Anda berakhir",
    signedOut: "Silakan masuk kembali untuk melanjutkan.",
    home: "Kembali ke Beranda",
  },
  pager: {
    label: "Halaman",
    pageN: "Halaman {{page}}",
    firstPage: "Halaman pertama",
    previousPage: "Halaman sebelumnya",
    nextPage: "Halaman berikutnya",
    lastPage: "Halaman terakhir",
    showing: "Menampilkan {{from}}–{{to}} dari {{total}}",
  },
  notFound: {
    title: "Halaman tidak ditemukan",
    body: "Alamat {{path}} tidak ada di Kota Cerdas.",
    home: "Kembali ke Beranda",
  },
  errors: {
    ...apiErrorTexts("id"),
    network_error: "Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.",
    invalid_response: "Server memberikan jawaban yang tidak dapat dibaca.",
    unknown_error: "Terjadi kesalahan yang tidak terduga.",
  },
};

export type Messages = typeof id;
