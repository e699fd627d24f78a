/**
 * The mentor's review of Kota Banjar's plan as comment threads, by the point of the story at
 * which they were written. `by` is "mentor", "coordinator" or an OPD abbreviation (that OPD's
 * contributor); targets name programs and quick wins by program key, governance bodies by kind.
 */

export type Who = "mentor" | "coordinator" | string;
export type CommentTargetSeed =
  | { type: "section"; key: string }
  | { type: "program"; program: string }
  | { type: "quick_win"; program: string }
  | { type: "governance_body"; kind: string }
  | { type: "masterplan" };

export type CommentSeed = {
  target: CommentTargetSeed;
  by: Who;
  at: string;
  body: string;
  replies?: ReadonlyArray<{ by: Who; at: string; body: string }>;
  resolved?: { by: Who; at: string };
};

/** After Buku 1 (Analisis Strategis) was drafted at Bimtek I. */
export const STRATEGIC_COMMENTS: readonly CommentSeed[] = [
  {
    target: { type: "section", key: "swot" },
    by: "mentor",
    at: "2024-04-26 09:10",
    body: "Lengkapi SWOT aspek suprastruktur dengan regulasi daerah yang berlaku, misalnya Perwali SPBE dan forum Satu Data, agar kekuatan dan kelemahannya tidak hanya umum.",
    replies: [
      {
        by: "coordinator",
        at: "2024-04-29 14:05",
        body: "Sudah kami lengkapi: Perwali SPBE, forum Satu Data dan RPD 2024–2026 masuk ke kekuatan suprastruktur.",
      },
    ],
    resolved: { by: "mentor", at: "2024-04-30 08:30" },
  },
  {
    target: { type: "section", key: "vision" },
    by: "mentor",
    at: "2024-04-26 09:25",
    body: "Tujuan sebaiknya memuat target terukur dan tahun capaiannya, supaya nanti dapat dipantau setiap tahun.",
    replies: [
      {
        by: "coordinator",
        at: "2024-04-29 14:20",
        body: "Setiap tujuan kini memiliki target dan tahun, mengacu pada indikator RPD dan Renstra OPD.",
      },
    ],
    resolved: { by: "coordinator", at: "2024-04-29 14:21" },
  },
];

/** After the programs were entered at Bimtek II. */
export const PROGRAM_COMMENTS: readonly CommentSeed[] = [
  {
    target: { type: "program", program: "peringatan-banjir" },
    by: "mentor",
    at: "2024-06-03 10:00",
    body: "Koordinasikan lokasi sensor dengan BBWS Citanduy agar tidak tumpang tindih dengan pos duga air yang sudah ada.",
    replies: [
      {
        by: "coordinator",
        at: "2024-06-05 13:40",
        body: "Sudah dibahas dengan BBWS Citanduy dan BPBD: enam titik baru di Langensari dan Pataruman melengkapi pos yang ada.",
      },
    ],
    resolved: { by: "mentor", at: "2024-06-06 08:15" },
  },
  {
    target: { type: "program", program: "rekam-medis" },
    by: "mentor",
    at: "2024-06-03 10:20",
    body: "Pastikan dana APBN 2025 untuk rekam medis elektronik sudah masuk usulan DAK Dinas Kesehatan.",
    replies: [
      {
        by: "Dinkes",
        at: "2024-06-04 09:30",
        body: "Sudah masuk usulan DAK nonfisik 2025; nilainya sama dengan yang tercantum di program.",
      },
    ],
    resolved: { by: "coordinator", at: "2024-06-04 10:00" },
  },
];

/** After the quick wins of Bimtek III. */
export const QUICK_WIN_COMMENTS: readonly CommentSeed[] = [
  {
    target: { type: "quick_win", program: "pasar-nontunai" },
    by: "mentor",
    at: "2024-07-08 11:00",
    body: "Untuk pemantauan 2025, laporkan jumlah pedagang yang aktif bertransaksi QRIS setiap bulan, bukan hanya yang terdaftar.",
  },
];

/** After the governance bodies of Bimtek IV. */
export const GOVERNANCE_COMMENTS: readonly CommentSeed[] = [
  {
    target: { type: "governance_body", kind: "forum" },
    by: "mentor",
    at: "2024-08-09 09:00",
    body: "Forum Smart City perlu unsur akademisi dan komunitas TIK, tidak hanya pelaku usaha dan pemuda.",
    replies: [
      {
        by: "coordinator",
        at: "2024-08-20 15:30",
        body: "Akademisi dan koordinator Relawan TIK sudah ditambahkan sebagai anggota forum.",
      },
    ],
    resolved: { by: "mentor", at: "2024-08-21 08:00" },
  },
];

/** The mentor's reason for returning the submitted plan, answered after the revision. */
export const RETURN_COMMENT: CommentSeed = {
  target: { type: "masterplan" },
  by: "mentor",
  at: "2024-09-20 10:00",
  body: "Dikembalikan untuk perbaikan: Smart Environment belum memiliki program proteksi lingkungan jangka panjang dan peta jalannya kosong pada 2032–2033. Tambahkan programnya beserta indikasi anggaran.",
  replies: [
    {
      by: "coordinator",
      at: "2024-09-27 16:00",
      body: "Program ruang terbuka hijau bantaran sungai dan pemantauan lingkungan (2026–2033) sudah ditambahkan oleh DLH. Kami ajukan kembali.",
    },
  ],
  resolved: { by: "mentor", at: "2024-10-14 09:00" },
};

/** The mentor's note on approval, left open for the monitoring year. */
export const APPROVAL_COMMENT: CommentSeed = {
  target: { type: "masterplan" },
  by: "mentor",
  at: "2024-10-15 10:30",
  body: "Masterplan disetujui. Sebelum monitoring 2025, siapkan indikator kinerja dan target tahunan setiap program prioritas 1.",
};

/** Program keys held back until the mentor's return asked for them. */
export const ADDED_AFTER_RETURN = ["ruang-hijau"] as const;
