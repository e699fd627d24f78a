/**
 * Program vocabulary, one spelling each. Code uses the left-hand names; the
 * Indonesian words stay where the program itself uses them.
 */
export const GLOSSARY = {
  region: "wilayah: provinsi, kabupaten atau kota, dengan kode Kemendagri",
  opd: "perangkat daerah (OPD): dinas, badan, sekretariat, kecamatan",
  cohort: "angkatan GMSC (mis. GMSC 2024)",
  bimtek: "bimbingan teknis, empat tahap (I–IV)",
  deliverable: "keluaran tahap Bimtek",
  mou: "Nota Kesepakatan",
  masterplan: "Masterplan Smart City, 10 tahun",
  quickWin: "quick win",
  actionPlan: "rencana aksi",
  roadmap: "peta jalan, diturunkan dari tahun program",
  governanceBody: "kelembagaan smart city: Dewan, Tim Pelaksana, Forum",
  term: "jangka program: pendek (1 th), menengah (5 th), panjang (10 th)",
  perkada: "peraturan kepala daerah: Peraturan Wali Kota, Bupati atau Gubernur (Perwali, Perbup, Pergub)",
  framework: "kerangka: dimensi, elemen, tahap Bimtek",
  dimension: "dimensi smart city",
  element: "elemen dari suatu dimensi",
  instrument:
    "instrumen kesiapan: kriteria asesmen per lensa (struktur, infrastruktur, suprastruktur, alam, budaya) dengan bobot berjumlah 100",
  indicator: "indikator (standar Satu Data: konsep, definisi, klasifikasi, ukuran, satuan)",
  realisation: "realisasi: nilai indikator yang dicapai pada suatu tahun atau semester (tabel observation)",
  achievement: "capaian: realisasi terhadap target dalam persen, menurut arah indikator",
  programProgress: "progres program: status, progres fisik, pagu dan realisasi anggaran per tahun",
} as const;
