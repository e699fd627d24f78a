// The datasets the platform publishes under Satu Data Indonesia: each generated from the
// platform's own data (never typed twice), with its data dictionary.

/** What a column holds, as CSV readers and CKAN's datastore name types. */
export type ColumnType = "string" | "integer" | "number" | "date" | "datetime";

/** One column of a dataset's data dictionary: name as in the CSV header, meaning, unit, type. */
export type ColumnDef = {
  name: string;
  id: string;
  en: string;
  type: ColumnType;
  unit?: string;
};

export const DATASET_KINDS = [
  "indicator_realisations",
  "program_budgets",
  "implementation_progress",
  "evaluation_results",
  "gmsc_participation",
  "national_evaluation_results",
  "indicator_catalogue",
] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** EU frequency authority table codes (DCAT-AP `dct:accrualPeriodicity`). */
export type Frequency = "ANNUAL" | "ANNUAL_2" | "IRREG" | "CONT";

/** EU data theme codes (DCAT-AP `dcat:theme`): government, regions and cities, economy, technology, society. */
export type DataTheme = "GOVE" | "REGI" | "ECON" | "TECH" | "SOCI";

export type DatasetKindDef = {
  kind: DatasetKind;
  /** `region`: one per region, published by its walidata; `national`: one, published by the program office. */
  scope: "region" | "national";
  /** Short name in CKAN slugs, e.g. "realisasi-indikator" → "realisasi-indikator-kota-banjar-32-79". */
  slug: string;
  title: { id: string; en: string };
  description: { id: string; en: string };
  themes: DataTheme[];
  keywords: { id: string[]; en: string[] };
  frequency: Frequency;
  columns: ColumnDef[];
};

const region: ColumnDef[] = [
  { name: "kode_wilayah", id: "Kode wilayah Kemendagri", en: "Kemendagri region code", type: "string" },
  { name: "nama_wilayah", id: "Nama wilayah", en: "Region name", type: "string" },
];
const program: ColumnDef[] = [
  { name: "kode_program", id: "Kode program dalam masterplan", en: "Program code in the masterplan", type: "string" },
  { name: "nama_program", id: "Nama program", en: "Program name", type: "string" },
  { name: "dimensi", id: "Dimensi smart city", en: "Smart city dimension", type: "string" },
];

/** Every kind of dataset, with the columns of its CSV, JSON and XLSX distributions in order. */
export const DATASET_KIND_DEFS: Record<DatasetKind, DatasetKindDef> = {
  indicator_realisations: {
    kind: "indicator_realisations",
    scope: "region",
    slug: "realisasi-indikator",
    title: { id: "Realisasi Indikator Smart City", en: "Smart City Indicator Realisations" },
    description: {
      id: "Realisasi indikator program masterplan smart city yang telah diverifikasi koordinator daerah, dengan target tahun yang sama dan standar data Satu Data Indonesia (konsep, definisi, klasifikasi, ukuran, satuan). Nilai yang belum diverifikasi atau dikembalikan tidak termasuk.",
      en: "Realisations of the smart city masterplan's program indicators verified by the region's coordinator, with the target of the same year and the Satu Data Indonesia data standard (concept, definition, classification, measure, unit). Unverified or returned values are not included.",
    },
    themes: ["REGI", "GOVE"],
    keywords: {
      id: ["smart city", "indikator", "realisasi", "satu data"],
      en: ["smart city", "indicator", "realisation"],
    },
    frequency: "ANNUAL",
    columns: [
      ...region,
      ...program,
      { name: "kode_indikator", id: "Kode indikator", en: "Indicator code", type: "string" },
      { name: "nama_indikator", id: "Nama indikator", en: "Indicator name", type: "string" },
      { name: "konsep", id: "Konsep (standar data SDI)", en: "Concept (SDI data standard)", type: "string" },
      { name: "definisi", id: "Definisi (standar data SDI)", en: "Definition (SDI data standard)", type: "string" },
      {
        name: "klasifikasi",
        id: "Klasifikasi (standar data SDI)",
        en: "Classification (SDI data standard)",
        type: "string",
      },
      { name: "ukuran", id: "Ukuran (standar data SDI)", en: "Measure (SDI data standard)", type: "string" },
      { name: "satuan", id: "Satuan", en: "Unit", type: "string" },
      {
        name: "arah",
        id: "Arah: makin tinggi atau makin rendah makin baik",
        en: "Direction: higher or lower is better",
        type: "string",
      },
      {
        name: "frekuensi",
        id: "Frekuensi pengukuran indikator",
        en: "Measurement frequency of the indicator",
        type: "string",
      },
      { name: "tahun", id: "Tahun", en: "Year", type: "integer" },
      {
        name: "semester",
        id: "Semester (1 atau 2; kosong untuk nilai tahunan)",
        en: "Semester (1 or 2; empty for annual values)",
        type: "integer",
      },
      { name: "target", id: "Target tahun itu", en: "Target of the year", type: "number" },
      { name: "realisasi", id: "Realisasi terverifikasi", en: "Verified realisation", type: "number" },
      {
        name: "produsen_data",
        id: "Produsen data (OPD pemilik indikator atau program)",
        en: "Data producer (OPD owning the indicator or program)",
        type: "string",
      },
      { name: "sumber", id: "Sumber data", en: "Data source", type: "string" },
      {
        name: "kode_referensi",
        id: "Kode referensi (dipisah titik koma)",
        en: "Reference codes (semicolon-separated)",
        type: "string",
      },
      { name: "diverifikasi_pada", id: "Waktu verifikasi (ISO 8601)", en: "Verified at (ISO 8601)", type: "datetime" },
    ],
  },
  program_budgets: {
    kind: "program_budgets",
    scope: "region",
    slug: "anggaran-program",
    title: {
      id: "Anggaran Indikatif Program Masterplan Smart City",
      en: "Indicative Budgets of Smart City Masterplan Programs",
    },
    description: {
      id: "Program masterplan smart city yang ditetapkan dengan Perkada, dengan OPD pengampu dan anggaran indikatif per tahun dan sumber dana (APBD, APBN, CSR, KPBU, lainnya).",
      en: "Programs of the smart city masterplan enacted by regional regulation, with the owner OPD and the indicative budget per year and funding source (APBD, APBN, CSR, KPBU, other).",
    },
    themes: ["REGI", "GOVE", "ECON"],
    keywords: {
      id: ["smart city", "masterplan", "anggaran", "program"],
      en: ["smart city", "masterplan", "budget", "program"],
    },
    frequency: "IRREG",
    columns: [
      ...region,
      ...program,
      { name: "opd_pengampu", id: "OPD pengampu", en: "Owner OPD", type: "string" },
      { name: "tahun_mulai", id: "Tahun mulai program", en: "Program start year", type: "integer" },
      { name: "tahun_selesai", id: "Tahun selesai program", en: "Program end year", type: "integer" },
      { name: "tahun", id: "Tahun anggaran", en: "Budget year", type: "integer" },
      { name: "sumber_dana", id: "Sumber dana", en: "Funding source", type: "string" },
      {
        name: "anggaran_indikatif",
        id: "Anggaran indikatif",
        en: "Indicative budget",
        type: "integer",
        unit: "Rupiah",
      },
    ],
  },
  implementation_progress: {
    kind: "implementation_progress",
    scope: "region",
    slug: "progres-pelaksanaan",
    title: {
      id: "Progres Pelaksanaan Program dan Quick Win Smart City",
      en: "Implementation Progress of Smart City Programs and Quick Wins",
    },
    description: {
      id: "Status, progres fisik, pagu dan realisasi anggaran setiap program dan quick win masterplan smart city per tahun, sebagaimana dilaporkan OPD pengampu.",
      en: "Status, physical progress, allocated and realised budget of each smart city masterplan program and quick win per year, as reported by the owner OPD.",
    },
    themes: ["REGI", "GOVE"],
    keywords: {
      id: ["smart city", "progres", "quick win", "monitoring"],
      en: ["smart city", "progress", "quick win", "monitoring"],
    },
    frequency: "ANNUAL",
    columns: [
      ...region,
      { name: "jenis", id: "Jenis: program atau quick_win", en: "Kind: program or quick_win", type: "string" },
      ...program,
      {
        name: "quick_win",
        id: "Target quick win (kosong untuk program)",
        en: "Quick win target (empty for programs)",
        type: "string",
      },
      { name: "tahun", id: "Tahun", en: "Year", type: "integer" },
      { name: "status", id: "Status pelaksanaan", en: "Implementation status", type: "string" },
      { name: "progres_fisik", id: "Progres fisik", en: "Physical progress", type: "number", unit: "persen" },
      { name: "pagu", id: "Pagu anggaran", en: "Allocated budget", type: "integer", unit: "Rupiah" },
      { name: "realisasi_anggaran", id: "Realisasi anggaran", en: "Realised budget", type: "integer", unit: "Rupiah" },
    ],
  },
  evaluation_results: {
    kind: "evaluation_results",
    scope: "region",
    slug: "hasil-evaluasi",
    title: { id: "Hasil Evaluasi Smart City", en: "Smart City Evaluation Results" },
    description: {
      id: "Indeks, peringkat dan kenaikan wilayah pada setiap putaran evaluasi Gerakan Menuju Smart City yang hasilnya telah diumumkan.",
      en: "The region's index, rank and improvement in every Gerakan Menuju Smart City evaluation round whose results are published.",
    },
    themes: ["REGI", "GOVE"],
    keywords: { id: ["smart city", "evaluasi", "indeks"], en: ["smart city", "evaluation", "index"] },
    frequency: "ANNUAL_2",
    columns: [
      ...region,
      { name: "putaran", id: "Putaran evaluasi", en: "Evaluation round", type: "string" },
      { name: "tahun", id: "Tahun", en: "Year", type: "integer" },
      { name: "tahap", id: "Tahap (I atau II)", en: "Stage (I or II)", type: "string" },
      { name: "indeks", id: "Indeks smart city", en: "Smart city index", type: "number" },
      { name: "peringkat_nasional", id: "Peringkat nasional", en: "National rank", type: "integer" },
      { name: "peringkat_provinsi", id: "Peringkat dalam provinsi", en: "Rank within the province", type: "integer" },
      {
        name: "kenaikan",
        id: "Kenaikan indeks dari putaran sebelumnya",
        en: "Index improvement over the previous round",
        type: "number",
      },
      { name: "diumumkan_pada", id: "Waktu pengumuman (ISO 8601)", en: "Published at (ISO 8601)", type: "datetime" },
    ],
  },
  gmsc_participation: {
    kind: "gmsc_participation",
    scope: "national",
    slug: "keikutsertaan-gmsc",
    title: {
      id: "Keikutsertaan Wilayah dalam Gerakan Menuju Smart City",
      en: "Regions Taking Part in Gerakan Menuju Smart City",
    },
    description: {
      id: "Setiap wilayah dalam angkatan GMSC yang hasil seleksinya telah diumumkan: angkatan, status, tanggal Nota Kesepakatan, tahap Bimtek yang ditutup, dan status masterplan.",
      en: "Every region in a GMSC cohort whose selection is published: cohort, status, date of the memorandum of understanding, Bimtek stages closed, and masterplan status.",
    },
    themes: ["REGI", "GOVE"],
    keywords: { id: ["smart city", "gmsc", "angkatan", "wilayah"], en: ["smart city", "gmsc", "cohort", "regions"] },
    frequency: "ANNUAL",
    columns: [
      ...region,
      { name: "kode_provinsi", id: "Kode provinsi", en: "Province code", type: "string" },
      { name: "nama_provinsi", id: "Nama provinsi", en: "Province name", type: "string" },
      { name: "angkatan", id: "Angkatan GMSC", en: "GMSC cohort", type: "string" },
      { name: "tahun_angkatan", id: "Tahun angkatan", en: "Cohort year", type: "integer" },
      { name: "status", id: "Status dalam angkatan", en: "Status in the cohort", type: "string" },
      {
        name: "tanggal_mou",
        id: "Tanggal Nota Kesepakatan",
        en: "Date of the memorandum of understanding",
        type: "date",
      },
      {
        name: "tahap_bimtek_ditutup",
        id: "Tahap Bimtek tertinggi yang ditutup",
        en: "Highest Bimtek stage closed",
        type: "integer",
      },
      {
        name: "status_masterplan",
        id: "Status masterplan: ditetapkan, disetujui, atau kosong",
        en: "Masterplan status: enacted, approved, or empty",
        type: "string",
      },
    ],
  },
  national_evaluation_results: {
    kind: "national_evaluation_results",
    scope: "national",
    slug: "hasil-evaluasi-nasional",
    title: { id: "Hasil Evaluasi Smart City Nasional", en: "National Smart City Evaluation Results" },
    description: {
      id: "Indeks dan peringkat semua wilayah pada setiap putaran evaluasi Gerakan Menuju Smart City yang hasilnya telah diumumkan.",
      en: "Index and rank of every region in every Gerakan Menuju Smart City evaluation round whose results are published.",
    },
    themes: ["REGI", "GOVE"],
    keywords: {
      id: ["smart city", "evaluasi", "indeks", "peringkat"],
      en: ["smart city", "evaluation", "index", "ranking"],
    },
    frequency: "ANNUAL_2",
    columns: [
      ...region,
      { name: "kode_provinsi", id: "Kode provinsi", en: "Province code", type: "string" },
      { name: "putaran", id: "Putaran evaluasi", en: "Evaluation round", type: "string" },
      { name: "tahun", id: "Tahun", en: "Year", type: "integer" },
      { name: "tahap", id: "Tahap (I atau II)", en: "Stage (I or II)", type: "string" },
      { name: "indeks", id: "Indeks smart city", en: "Smart city index", type: "number" },
      { name: "peringkat_nasional", id: "Peringkat nasional", en: "National rank", type: "integer" },
      {
        name: "kenaikan",
        id: "Kenaikan indeks dari putaran sebelumnya",
        en: "Index improvement over the previous round",
        type: "number",
      },
    ],
  },
  indicator_catalogue: {
    kind: "indicator_catalogue",
    scope: "national",
    slug: "katalog-indikator",
    title: { id: "Katalog Indikator Smart City", en: "Smart City Indicator Catalogue" },
    description: {
      id: "Indikator nasional yang dapat dipakai masterplan smart city, dengan standar data Satu Data Indonesia (konsep, definisi, klasifikasi, ukuran, satuan), arah, frekuensi dan kode referensi.",
      en: "The national indicators smart city masterplans can use, with the Satu Data Indonesia data standard (concept, definition, classification, measure, unit), direction, frequency and reference codes.",
    },
    themes: ["GOVE", "TECH"],
    keywords: { id: ["smart city", "indikator", "metadata", "satu data"], en: ["smart city", "indicator", "metadata"] },
    frequency: "IRREG",
    columns: [
      { name: "kode_indikator", id: "Kode indikator", en: "Indicator code", type: "string" },
      { name: "nama_indikator", id: "Nama indikator", en: "Indicator name", type: "string" },
      { name: "konsep", id: "Konsep", en: "Concept", type: "string" },
      { name: "definisi", id: "Definisi", en: "Definition", type: "string" },
      { name: "klasifikasi", id: "Klasifikasi", en: "Classification", type: "string" },
      { name: "ukuran", id: "Ukuran", en: "Measure", type: "string" },
      { name: "satuan", id: "Satuan", en: "Unit", type: "string" },
      { name: "arah", id: "Arah", en: "Direction", type: "string" },
      { name: "frekuensi", id: "Frekuensi", en: "Frequency", type: "string" },
      { name: "dimensi", id: "Dimensi smart city", en: "Smart city dimension", type: "string" },
      { name: "elemen", id: "Elemen", en: "Element", type: "string" },
      { name: "sumber", id: "Sumber", en: "Source", type: "string" },
      {
        name: "kode_referensi",
        id: "Kode referensi (dipisah titik koma)",
        en: "Reference codes (semicolon-separated)",
        type: "string",
      },
    ],
  },
};

export const REGION_KINDS = DATASET_KINDS.filter((k) => DATASET_KIND_DEFS[k].scope === "region");
export const NATIONAL_KINDS = DATASET_KINDS.filter((k) => DATASET_KIND_DEFS[k].scope === "national");
