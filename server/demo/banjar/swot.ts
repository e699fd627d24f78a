import { paragraphs } from "./types";

/** SWOT per lens, as drafted at Bimtek I and revised on the mentor's note on regulations. */
export const SWOT = {
  lenses: [
    {
      lens: "struktur",
      strengths: [
        "Komitmen pimpinan daerah dan Sekretaris Daerah terhadap transformasi digital",
        "Diskominfo berpengalaman mengelola SPBE dan statistik sektoral",
        "Operator data sudah ditunjuk di setiap OPD",
      ],
      weaknesses: [
        "SDM TIK terpusat di Diskominfo, jumlah pengembang aplikasi terbatas",
        "Literasi data pimpinan OPD belum merata",
        "Koordinasi lintas OPD masih bergantung pada rapat insidental",
      ],
      opportunities: [
        "Pendampingan Gerakan Menuju Smart City oleh Kementerian Kominfo",
        "Komunitas TIK, karang taruna dan perguruan tinggi di Priangan Timur siap berkolaborasi",
        "Program talenta digital nasional untuk ASN dan warga",
      ],
      threats: [
        "Perpindahan ASN terlatih ke daerah lain",
        "Pergantian kepemimpinan daerah dapat menggeser prioritas program",
      ],
    },
    {
      lens: "infrastruktur",
      strengths: [
        "Jaringan serat optik pemerintah menghubungkan kantor OPD, kecamatan dan puskesmas",
        "Seluruh desa dan kelurahan terjangkau sinyal 4G",
        "Stasiun Banjar dan jalur lintas selatan sebagai simpul transportasi",
      ],
      weaknesses: [
        "Ruang server tanpa rencana pemulihan bencana",
        "Aplikasi OPD belum terintegrasi dan datanya berulang",
        "Titik internet publik baru 42 lokasi",
      ],
      opportunities: [
        "Pusat Data Nasional dan aplikasi umum SPBE dari pemerintah pusat",
        "Minat operator seluler memperluas jaringan di jalur wisata",
        "Skema KPBU untuk penerangan jalan dan energi",
      ],
      threats: [
        "Serangan siber terhadap layanan pemerintah daerah",
        "Banjir Sungai Citanduy merusak perangkat lapangan",
      ],
    },
    {
      lens: "suprastruktur",
      strengths: [
        "Peraturan Wali Kota tentang SPBE sudah berlaku",
        "Forum Satu Data daerah sudah dibentuk",
        "Transformasi digital tercantum dalam RPD 2024–2026",
      ],
      weaknesses: [
        "Belum ada regulasi daerah yang menetapkan masterplan smart city",
        "Standar interoperabilitas dan pelindungan data pribadi belum diatur di tingkat daerah",
        "Renstra OPD belum memuat indikator smart city",
      ],
      opportunities: [
        "Undang-Undang Pelindungan Data Pribadi memberi acuan yang jelas",
        "Arah RPJPD 2025–2045 menempatkan daya saing digital sebagai agenda jangka panjang",
      ],
      threats: ["Perubahan regulasi pusat yang cepat", "Keterbatasan ruang fiskal untuk belanja TIK"],
    },
  ],
};

/** Isu strategis (priority issues) distilled from the SWOT. */
export const PRIORITY_ISSUES = {
  issues: [
    {
      title: "Layanan publik masih tersebar di banyak aplikasi dan loket",
      description: paragraphs(
        "Warga harus datang ke beberapa kantor dan memakai aplikasi yang berbeda untuk perizinan, kependudukan dan pengaduan. Integrasi layanan melalui Mal Pelayanan Publik dan satu aplikasi warga menjadi prioritas.",
      ),
    },
    {
      title: "Data pembangunan belum satu dan belum dipakai untuk keputusan",
      description: paragraphs(
        "Data kemiskinan, kesehatan dan pendidikan dikelola terpisah sehingga sasaran program sering tidak sama. Satu Data Kota Banjar dan dasbor pimpinan diperlukan agar kebijakan berbasis bukti.",
      ),
    },
    {
      title: "Daya saing UMKM dan pasar rakyat tertinggal dari kanal digital",
      description: paragraphs(
        "Sebagian besar UMKM galendo, olahan kelapa dan makanan ringan belum berjualan daring, dan transaksi di Pasar Banjar masih tunai.",
      ),
    },
    {
      title: "Risiko banjir Sungai Citanduy dan pengelolaan sampah",
      description: paragraphs(
        "Banjir musiman di Langensari dan Pataruman serta timbulan sampah yang terus meningkat menuntut sistem peringatan dini dan pengelolaan sampah dari sumbernya.",
      ),
    },
    {
      title: "Potensi wisata dan posisi gerbang Jawa Barat belum menjadi citra kota",
      description: paragraphs(
        "Situ Leutik, Situ Mustika, Lembah Pajamben dan arus pelintas jalur selatan belum dikemas dan dipromosikan sebagai satu merek kota.",
      ),
    },
  ],
};

/** Vision, missions and goals, each mission tied to the regional plan it supports. */
export const VISION = {
  vision: "Banjar Kota Cerdas 2033: gerbang Jawa Barat yang melayani, sejahtera, berbudaya dan lestari",
  rpjmdVision:
    "RPJPD Kota Banjar 2025–2045: Kota Banjar yang maju, sejahtera dan berkelanjutan sebagai simpul pertumbuhan Priangan Timur",
  missions: [
    {
      text: "Mewujudkan pelayanan publik dan tata kelola pemerintahan digital yang terpadu, transparan dan berbasis data",
      rpjmdMission: "RPD 2024–2026 prioritas 1: reformasi birokrasi dan pelayanan publik berbasis elektronik",
    },
    {
      text: "Menumbuhkan ekonomi lokal yang berdaya saing melalui UMKM, pasar rakyat dan pariwisata digital",
      rpjmdMission: "RPD 2024–2026 prioritas 3: pemulihan dan peningkatan daya saing ekonomi daerah",
    },
    {
      text: "Meningkatkan kualitas hidup warga melalui layanan kesehatan, pendidikan dan mobilitas yang cerdas",
      rpjmdMission: "RPD 2024–2026 prioritas 2: peningkatan kualitas sumber daya manusia",
    },
    {
      text: "Menjaga lingkungan dan ketangguhan kota terhadap bencana dengan teknologi dan partisipasi warga",
      rpjmdMission: "RPD 2024–2026 prioritas 4: infrastruktur wilayah dan lingkungan hidup yang berkelanjutan",
    },
  ],
  goals: [
    { text: "Indeks SPBE Kota Banjar mencapai 3,5 pada 2028 dan 4,0 pada 2033", missionIndex: 0 },
    { text: "80 persen layanan perizinan dan kependudukan dapat diakses daring pada 2028", missionIndex: 0 },
    { text: "Seluruh OPD memakai Satu Data Kota Banjar untuk perencanaan mulai 2026", missionIndex: 0 },
    { text: "5.000 UMKM berjualan daring dan memakai pembayaran nontunai pada 2028", missionIndex: 1 },
    { text: "Kunjungan wisatawan naik menjadi 500.000 per tahun pada 2030", missionIndex: 1 },
    { text: "Seluruh puskesmas dan RSUD memakai rekam medis elektronik terintegrasi pada 2027", missionIndex: 2 },
    { text: "Prevalensi stunting turun di bawah 10 persen pada 2030", missionIndex: 2 },
    {
      text: "Peringatan dini banjir menjangkau seluruh desa dan kelurahan di bantaran Citanduy pada 2028",
      missionIndex: 3,
    },
    { text: "Sampah yang terkelola dari sumbernya mencapai 40 persen pada 2033", missionIndex: 3 },
  ],
};
