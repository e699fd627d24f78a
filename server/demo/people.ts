/** The demo's people. Fictional names; regions, dates and the program's steps are real. */
export const DEMO_PASSWORD = "demo-kotacerdas-2024";

export const DEMO_COHORT = "Gerakan Menuju Smart City 2024";

export const DEMO_ADMIN = { email: "admin@demo.kotacerdas.id", name: "Ratna Dewi (Direktorat LAIP)" };

export const DEMO_PEOPLE = {
  assessors: [
    { email: "asesor.1@demo.kotacerdas.id", name: "Dr. Bambang Sutrisno" },
    { email: "asesor.2@demo.kotacerdas.id", name: "Dr. Siti Rahmawati" },
  ],
  mentors: [
    {
      email: "mentor.banjar@demo.kotacerdas.id",
      name: "Ir. Agus Prasetyo, M.T.",
      regions: ["32.79", "13.72", "73.72"],
    },
    { email: "mentor.bali@demo.kotacerdas.id", name: "Dr. Made Wirawan", regions: ["51.06", "51.04", "63.10"] },
    {
      email: "mentor.jawa@demo.kotacerdas.id",
      name: "Dr. Hendra Gunawan",
      regions: ["33.26", "33.03", "36.04", "75.03"],
    },
  ],
  coordinators: [
    { email: "diskominfo@demo-banjarkota.go.id", name: "Yusuf Hidayat", region: "32.79" },
    { email: "diskominfo@demo-solokkota.go.id", name: "Rahmat Fadillah", region: "13.72" },
  ],
  /** Coordinators of the other 2024 regions, who join for the 2025 evaluation's self-assessment. */
  evaluationCoordinators: [
    { email: "diskominfo@demo-banglikab.go.id", name: "I Wayan Sudarsana", region: "51.06" },
    { email: "diskominfo@demo-bonebolangokab.go.id", name: "Fadli Gobel", region: "75.03" },
    { email: "diskominfo@demo-gianyarkab.go.id", name: "Ni Luh Putu Ariani", region: "51.04" },
    { email: "diskominfo@demo-pekalongankab.go.id", name: "Siti Khomsatun", region: "33.26" },
    { email: "diskominfo@demo-purbalinggakab.go.id", name: "Bayu Aji Nugroho", region: "33.03" },
    { email: "diskominfo@demo-serangkab.go.id", name: "Ahmad Fauzi", region: "36.04" },
    { email: "diskominfo@demo-tanahbumbukab.go.id", name: "Muhammad Riduan", region: "63.10" },
    { email: "diskominfo@demo-pareparekota.go.id", name: "Andi Nurhalisa", region: "73.72" },
  ],
  /** Kota Banjar's OPD contributors: each writes the masterplan programs of their own OPD. */
  opdContributors: [
    { email: "bappeda@demo-banjarkota.go.id", name: "Lina Marlina", region: "32.79", opd: "Bappeda" },
    { email: "disparbud@demo-banjarkota.go.id", name: "Dede Kurniawan", region: "32.79", opd: "Disparbud" },
    { email: "dinkes@demo-banjarkota.go.id", name: "dr. Rina Apriyani", region: "32.79", opd: "Dinkes" },
    { email: "dlh@demo-banjarkota.go.id", name: "Asep Saepudin", region: "32.79", opd: "DLH" },
    { email: "dpmptsp@demo-banjarkota.go.id", name: "Nining Suryani", region: "32.79", opd: "DPMPTSP" },
    { email: "dinkopukm@demo-banjarkota.go.id", name: "Iwan Gunawan", region: "32.79", opd: "Dinkop UKM" },
  ],
} as const;

/** The ten regions selected into GMSC 2024, in the order of the program's announcement. */
export const SELECTED_2024 = ["51.06", "75.03", "51.04", "33.26", "33.03", "36.04", "63.10", "32.79", "73.72", "13.72"];

/** Other regions on the demo's invitation list (illustrative, not the real long list). */
export const OTHER_CANDIDATES = ["33.76", "33.19", "71.72", "52.03", "32.11", "64.72"];
