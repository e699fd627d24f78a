/** Quick wins (by program key) and the governance bodies of Kota Banjar's smart city. */

export const QUICK_WINS = [
  {
    program: "satu-data",
    year: 2025,
    owner: "Diskominfo",
    target: "Portal Satu Data Kota Banjar terbit dengan 150 dataset prioritas dari seluruh OPD",
    whyQuick: "Forum Satu Data dan walidata sudah ada; cukup menetapkan daftar data dan memakai portal yang tersedia",
  },
  {
    program: "mpp-digital",
    year: 2025,
    owner: "DPMPTSP",
    target: "Antrean daring dan anjungan layanan mandiri di MPP serta empat kantor kecamatan",
    whyQuick: "Perangkat anjungan dapat disewa dan langsung mengurangi antrean yang dikeluhkan warga",
  },
  {
    program: "pasar-nontunai",
    year: 2025,
    owner: "Disperindag",
    target: "500 pedagang Pasar Banjar menerima QRIS dan membayar retribusi harian nontunai",
    whyQuick: "Bank daerah menanggung perangkat dan pendampingan; hasilnya terlihat langsung oleh pembeli",
  },
  {
    program: "kalender-event",
    year: 2025,
    owner: "Disparbud",
    target: "Kalender acara 2025 dan e-tiket Situ Leutik dapat diakses daring",
    whyQuick: "Acara sudah terjadwal; yang dibutuhkan hanya satu laman dan kanal pembayaran",
  },
  {
    program: "bank-sampah",
    year: 2025,
    owner: "DLH",
    target: "Bank sampah digital beroperasi di 25 desa dan kelurahan dengan tabungan warga tercatat daring",
    whyQuick: "31 bank sampah sudah aktif; aplikasi pencatatan sederhana langsung dirasakan nasabah",
  },
] as const;

type Member = { name: string; position: string; role: string };

const dewan: Member[] = [
  { name: "H. Dadang Sudrajat", position: "Wali Kota Banjar", role: "Ketua" },
  { name: "Drs. Ujang Kosasih, M.Si.", position: "Sekretaris Daerah Kota Banjar", role: "Wakil Ketua" },
  { name: "Ir. Neneng Hasanah, M.T.", position: "Kepala Bappeda Kota Banjar", role: "Sekretaris" },
  { name: "Yusuf Hidayat, S.Kom., M.M.", position: "Kepala Diskominfo Kota Banjar", role: "Anggota" },
  { name: "Drs. Cecep Rahmat", position: "Kepala BPKAD Kota Banjar", role: "Anggota" },
  { name: "Hj. Euis Komariah, S.E.", position: "Ketua Komisi I DPRD Kota Banjar", role: "Anggota" },
];

const timPelaksana: Member[] = [
  { name: "Yusuf Hidayat, S.Kom., M.M.", position: "Kepala Diskominfo", role: "Ketua" },
  { name: "Lina Marlina, S.T.", position: "Kepala Bidang Perencanaan Bappeda", role: "Wakil Ketua" },
  { name: "Rudi Setiawan, S.Kom.", position: "Kepala Bidang Aplikasi Informatika Diskominfo", role: "Sekretaris" },
  { name: "Nining Suryani, S.Sos.", position: "Kepala Bidang Pelayanan DPMPTSP", role: "Koordinator Smart Governance" },
  { name: "Dede Kurniawan, S.Par.", position: "Kepala Bidang Destinasi Disparbud", role: "Koordinator Smart Branding" },
  { name: "Iwan Gunawan, S.E.", position: "Kepala Bidang UMKM Dinkop UKM", role: "Koordinator Smart Economy" },
  { name: "dr. Rina Apriyani", position: "Kepala Bidang Pelayanan Kesehatan Dinkes", role: "Koordinator Smart Living" },
  { name: "Agus Salim, M.Pd.", position: "Sekretaris Dinas Pendidikan", role: "Koordinator Smart Society" },
  {
    name: "Asep Saepudin, S.T.",
    position: "Kepala Bidang Pengelolaan Sampah DLH",
    role: "Koordinator Smart Environment",
  },
];

const forum: Member[] = [
  { name: "Hendra Permana", position: "Ketua Kamar Dagang dan Industri Kota Banjar", role: "Ketua" },
  { name: "Siti Nurjanah", position: "Ketua Paguyuban UMKM Olahan Kelapa Banjar", role: "Anggota" },
  { name: "Ridwan Fauzi", position: "Ketua Karang Taruna Kota Banjar", role: "Anggota" },
  { name: "Teti Suhaeti", position: "Ketua Kelompok Sadar Wisata Situ Leutik", role: "Anggota" },
];

/** Added to the forum after the mentor's comment asked for academics and the ICT community. */
export const FORUM_ADDED: Member[] = [
  { name: "Dr. Asep Mulyana, M.Si.", position: "Akademisi, perguruan tinggi di Kota Banjar", role: "Wakil Ketua" },
  { name: "Fajar Nugraha", position: "Koordinator Relawan TIK Kota Banjar", role: "Anggota" },
];

export const GOVERNANCE_BODIES = [
  {
    kind: "dewan",
    name: "Dewan Smart City Kota Banjar",
    decreeNumber: "100.3.3.2/Kpts.112-Huk/2024",
    decreeDate: "2024-06-10",
    members: dewan,
  },
  {
    kind: "tim_pelaksana",
    name: "Tim Pelaksana Smart City Kota Banjar",
    decreeNumber: "100.3.3.2/Kpts.113-Huk/2024",
    decreeDate: "2024-06-10",
    members: timPelaksana,
  },
  {
    kind: "forum",
    name: "Forum Smart City Kota Banjar",
    decreeNumber: "100.3.3.2/Kpts.131-Huk/2024",
    decreeDate: "2024-07-15",
    members: forum,
  },
] as const;
