import { MASTERPLAN_CHAPTERS } from "../masterplan-chapters";
import type { FrameworkDef } from "./types";

const el = (dim: string, slug: string, nameId: string, nameEn: string) => ({
  code: `${dim}.${slug}`,
  nameId,
  nameEn,
  tag: nameEn,
});

/** The default GMSC framework ("Kominfo 2017"): six dimensions, three elements each, four Bimtek stages. */
export const KOMINFO_2017: FrameworkDef = {
  code: "kominfo-2017",
  version: "2017",
  name: "Kominfo 2017",
  descriptionId:
    "Kerangka Gerakan Menuju Smart City yang digunakan Kementerian Komunikasi dan Informatika sejak 2017: enam dimensi, masing-masing tiga elemen, dan empat tahap Bimbingan Teknis.",
  descriptionEn:
    "The Movement Towards Smart Cities framework used by the Ministry of Communication and Informatics since 2017: six dimensions of three elements each, and four technical-guidance (Bimtek) stages.",
  dimensions: [
    {
      code: "governance",
      nameId: "Smart Governance",
      nameEn: "Smart Governance",
      descriptionId:
        "Tata kelola pemerintahan daerah yang efektif, efisien dan komunikatif, dengan kinerja birokrasi yang terus meningkat melalui inovasi dan teknologi terpadu.",
      descriptionEn:
        "Effective, efficient and communicative local government whose bureaucracy keeps improving through innovation and integrated technology.",
      elements: [
        el("governance", "pelayanan-publik", "Pelayanan Publik", "Public Service"),
        el("governance", "manajemen-birokrasi", "Manajemen Birokrasi yang Efisien", "Bureaucracy"),
        el("governance", "kebijakan-publik", "Efisiensi Kebijakan Publik", "Public Policy"),
      ],
    },
    {
      code: "branding",
      nameId: "Smart Branding",
      nameEn: "Smart Branding",
      descriptionId:
        "Inovasi dalam memasarkan daerah sehingga meningkatkan daya saing daerah: pariwisata, bisnis dan wajah kota.",
      descriptionEn:
        "Innovation in marketing the region to raise its competitiveness: tourism, business and the city's appearance.",
      elements: [
        el("branding", "pariwisata", "Ekosistem Pariwisata", "Tourism"),
        el("branding", "bisnis-daerah", "Ekosistem Bisnis Daerah", "Business"),
        el("branding", "wajah-kota", "Wajah Kota", "City Appearance"),
      ],
    },
    {
      code: "economy",
      nameId: "Smart Economy",
      nameEn: "Smart Economy",
      descriptionId:
        "Ekosistem perekonomian daerah yang mampu menjawab tantangan era informasi: industri yang berdaya saing, kesejahteraan rakyat dan transaksi keuangan.",
      descriptionEn:
        "A regional economic ecosystem fit for the information age: competitive industry, public welfare and financial transactions.",
      elements: [
        el("economy", "industri", "Ekosistem Industri yang Berdaya Saing", "Industry"),
        el("economy", "kesejahteraan", "Kesejahteraan Rakyat", "Welfare"),
        el("economy", "transaksi-keuangan", "Ekosistem Transaksi Keuangan", "Transaction"),
      ],
    },
    {
      code: "living",
      nameId: "Smart Living",
      nameEn: "Smart Living",
      descriptionId:
        "Lingkungan tempat tinggal yang layak, nyaman dan efisien: tata ruang, kesehatan dan transportasi.",
      descriptionEn: "A liveable, comfortable and efficient place to live: spatial harmony, health and mobility.",
      elements: [
        el("living", "tata-ruang", "Harmonisasi Tata Ruang", "Harmony"),
        el("living", "kesehatan", "Kesehatan", "Health"),
        el("living", "transportasi", "Sarana Transportasi", "Mobility"),
      ],
    },
    {
      code: "society",
      nameId: "Smart Society",
      nameEn: "Smart Society",
      descriptionId:
        "Ekosistem sosio-teknis masyarakat yang humanis dan dinamis: interaksi yang efisien, ekosistem belajar dan keamanan masyarakat.",
      descriptionEn:
        "A humane and dynamic socio-technical community: efficient interaction, learning and public safety.",
      elements: [
        el("society", "interaksi-masyarakat", "Interaksi Masyarakat yang Efisien", "Community"),
        el("society", "ekosistem-belajar", "Ekosistem Belajar", "Learning"),
        el("society", "keamanan-masyarakat", "Sistem Keamanan Masyarakat", "Security"),
      ],
    },
    {
      code: "environment",
      nameId: "Smart Environment",
      nameEn: "Smart Environment",
      descriptionId:
        "Tata kelola lingkungan yang baik, bertanggung jawab dan berkelanjutan: proteksi lingkungan, sampah dan limbah, serta energi.",
      descriptionEn: "Good, responsible and sustainable environmental management: protection, waste and energy.",
      elements: [
        el("environment", "proteksi-lingkungan", "Proteksi Lingkungan", "Protection"),
        el("environment", "sampah-limbah", "Tata Kelola Sampah dan Limbah", "Waste"),
        el("environment", "energi", "Tata Kelola Energi", "Energy"),
      ],
    },
  ],
  stages: [
    {
      number: 1,
      nameId: "Bimtek I",
      nameEn: "Bimtek I",
      focusId:
        "Tata kelola dan teori kesiapan; analisis kesenjangan kesiapan; SWOT per aspek; isu prioritas; rancangan visi, misi dan tujuan (Buku 1 Analisis Strategis).",
      focusEn:
        "Governance and readiness theory; readiness gap analysis; SWOT per lens; priority issues; draft vision, mission and goals (Book 1 Strategic Analysis).",
      deliverables: [
        {
          code: "analisis-kesenjangan",
          nameId: "Analisis kesenjangan kesiapan",
          nameEn: "Readiness gap analysis",
          required: true,
          covers: ["profile", "readiness"],
        },
        {
          code: "swot",
          nameId: "Analisis SWOT per aspek",
          nameEn: "SWOT analysis per lens",
          required: true,
          covers: ["swot"],
        },
        {
          code: "isu-prioritas",
          nameId: "Isu prioritas",
          nameEn: "Priority issues",
          required: true,
          covers: ["priority_issues"],
        },
        {
          code: "visi-misi",
          nameId: "Rancangan visi, misi dan tujuan",
          nameEn: "Draft vision, mission and goals",
          required: true,
          covers: ["vision"],
        },
      ],
    },
    {
      number: 2,
      nameId: "Bimtek II",
      nameEn: "Bimtek II",
      focusId:
        "Memetakan misi ke program RPJMD dan Renstra OPD; program per dimensi dan elemen dengan OPD pengampu dan jangka waktu; rencana aksi.",
      focusEn:
        "Map the mission onto RPJMD and agency Renstra programs; programs per dimension and element with owner agency and horizon; action plan.",
      deliverables: [
        {
          code: "pemetaan-program",
          nameId: "Pemetaan program RPJMD/Renstra",
          nameEn: "RPJMD/Renstra program mapping",
          required: true,
          covers: ["programs"],
        },
        {
          code: "program-dimensi",
          nameId: "Program per dimensi dan elemen",
          nameEn: "Programs per dimension and element",
          required: true,
          covers: ["elements", "programs"],
        },
        { code: "rencana-aksi", nameId: "Rencana aksi", nameEn: "Action plan", required: true, covers: ["programs"] },
      ],
    },
    {
      number: 3,
      nameId: "Bimtek III",
      nameEn: "Bimtek III",
      focusId: "Inovasi; peta jalan; kandidat quick win (Buku 2 Masterplan).",
      focusEn: "Innovation; roadmap; quick-win candidates (Book 2 Masterplan).",
      deliverables: [
        {
          code: "inovasi",
          nameId: "Program inovasi",
          nameEn: "Innovation programs",
          required: false,
          covers: ["programs"],
        },
        { code: "peta-jalan", nameId: "Peta jalan", nameEn: "Roadmap", required: true, covers: ["roadmap"] },
        {
          code: "kandidat-quick-win",
          nameId: "Kandidat quick win",
          nameEn: "Quick-win candidates",
          required: true,
          covers: ["quick_wins"],
        },
      ],
    },
    {
      number: 4,
      nameId: "Bimtek IV",
      nameEn: "Bimtek IV",
      focusId:
        "Telaah per bab; lembar komitmen Kepala Daerah dan kepala OPD; quick win final; program tahun 1–2 (Buku 3 Quick Wins, Buku 4 Road Map, ringkasan eksekutif).",
      focusEn:
        "Chapter-by-chapter review; commitment sheet signed by the regional head and agency heads; final quick wins; programs for years 1–2 (Book 3 Quick Wins, Book 4 Road Map, executive summary).",
      deliverables: [
        {
          code: "telaah-bab",
          nameId: "Telaah masterplan per bab",
          nameEn: "Chapter-by-chapter review",
          required: true,
          // The review goes through the whole plan, chapter by chapter.
          covers: [...MASTERPLAN_CHAPTERS],
        },
        {
          code: "lembar-komitmen",
          nameId: "Lembar komitmen bertanda tangan",
          nameEn: "Signed commitment sheet",
          required: true,
          // The regional head's commitment rests on the governance bodies the plan sets up.
          covers: ["governance"],
        },
        {
          code: "quick-win-final",
          nameId: "Quick win final",
          nameEn: "Final quick wins",
          required: true,
          covers: ["quick_wins"],
        },
        // A summary of the whole plan, written from it rather than a chapter of its own.
        {
          code: "ringkasan-eksekutif",
          nameId: "Ringkasan eksekutif",
          nameEn: "Executive summary",
          required: true,
          covers: [],
        },
      ],
    },
  ],
  // The 2017 guide asks for a council (Dewan Smart City); the team and forum are encouraged.
  governanceBodies: [
    { kind: "dewan", nameId: "Dewan Smart City", nameEn: "Smart City Council", required: true },
    {
      kind: "tim_pelaksana",
      nameId: "Tim Pelaksana Smart City",
      nameEn: "Smart City Implementation Team",
      required: false,
    },
    { kind: "forum", nameId: "Forum Smart City", nameEn: "Smart City Forum", required: false },
  ],
};

/** Every framework the platform seeds; the first is the default. */
export const FRAMEWORKS: readonly FrameworkDef[] = [KOMINFO_2017];
