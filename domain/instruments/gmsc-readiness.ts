import type { InstrumentDef } from "./editor";

export type { CriterionDef, InstrumentDef } from "./editor";

/**
 * The default readiness instrument: the three GMSC lenses (struktur, infrastruktur,
 * suprastruktur) plus nature and culture, weights summing to 100, scored 1–5.
 */
export const GMSC_READINESS_2017: InstrumentDef = {
  code: "gmsc-kesiapan",
  version: "2017",
  name: "Instrumen Kesiapan GMSC 2017",
  scale: { min: 1, max: 5 },
  criteria: [
    {
      code: "S1",
      lens: "struktur",
      weight: 10,
      textId: "Sumber daya manusia TIK: jumlah dan kompetensi ASN pengelola TIK",
      textEn: "ICT human resources: number and skills of ICT civil servants",
    },
    {
      code: "S2",
      lens: "struktur",
      weight: 10,
      textId: "Anggaran TIK dan inovasi dalam APBD tiga tahun terakhir",
      textEn: "ICT and innovation budget in the regional budget over three years",
    },
    {
      code: "S3",
      lens: "struktur",
      weight: 10,
      textId: "Tata kelola: tim, dewan atau forum smart city dan mekanisme koordinasi OPD",
      textEn: "Governance: smart-city team, council or forum and agency coordination",
    },
    {
      code: "S4",
      lens: "struktur",
      weight: 10,
      textId: "Kepemimpinan dan komitmen kepala daerah",
      textEn: "Leadership and commitment of the regional head",
    },
    {
      code: "I1",
      lens: "infrastruktur",
      weight: 8,
      textId: "Infrastruktur fisik: jalan, listrik, air bersih, transportasi",
      textEn: "Physical infrastructure: roads, power, water, transport",
    },
    {
      code: "I2",
      lens: "infrastruktur",
      weight: 10,
      textId: "Infrastruktur digital: jaringan, pusat data, aplikasi layanan",
      textEn: "Digital infrastructure: networks, data centre, service applications",
    },
    {
      code: "I3",
      lens: "infrastruktur",
      weight: 7,
      textId: "Infrastruktur sosial: fasilitas publik, komunitas dan ruang partisipasi",
      textEn: "Social infrastructure: public facilities, communities, participation",
    },
    {
      code: "P1",
      lens: "suprastruktur",
      weight: 10,
      textId: "Regulasi daerah: Perda/Perkada TIK, SPBE dan data",
      textEn: "Regional regulation on ICT, e-government and data",
    },
    {
      code: "P2",
      lens: "suprastruktur",
      weight: 8,
      textId: "Kelembagaan: perangkat daerah dan unit pengelola smart city",
      textEn: "Institutions: agencies and units running the smart city",
    },
    {
      code: "P3",
      lens: "suprastruktur",
      weight: 9,
      textId: "Implementasi kebijakan dan program inovasi yang berjalan",
      textEn: "Policy implementation and running innovation programs",
    },
    {
      code: "A1",
      lens: "alam",
      weight: 4,
      textId: "Potensi dan kerentanan alam daerah",
      textEn: "Natural assets and hazards",
    },
    {
      code: "B1",
      lens: "budaya",
      weight: 4,
      textId: "Kekayaan budaya dan kearifan lokal",
      textEn: "Cultural assets and local wisdom",
    },
  ],
};

export const INSTRUMENTS: readonly InstrumentDef[] = [GMSC_READINESS_2017];
