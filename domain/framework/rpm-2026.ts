import { KOMINFO_2017 } from "./kominfo-2017";
import type { FrameworkDef } from "./types";

const MOBILITY = {
  code: "mobility",
  nameId: "Mobilitas Cerdas",
  nameEn: "Smart Mobility",
  descriptionId:
    "Perpindahan orang dan barang yang aman, terjangkau dan rendah emisi: angkutan umum terpadu, lalu lintas yang dikelola dengan data, dan ruang bagi pejalan kaki, pesepeda serta penyandang disabilitas.",
  descriptionEn:
    "Safe, affordable, low-emission movement of people and goods: integrated public transport, data-driven traffic management, and room for pedestrians, cyclists and people with disabilities.",
  elements: [
    {
      code: "mobility.transportasi-publik",
      nameId: "Transportasi Publik Terintegrasi",
      nameEn: "Integrated Public Transport",
      tag: "Integrated Public Transport",
    },
    {
      code: "mobility.manajemen-lalu-lintas",
      nameId: "Manajemen Lalu Lintas Cerdas",
      nameEn: "Smart Traffic Management",
      tag: "Smart Traffic Management",
    },
    {
      code: "mobility.mobilitas-aktif",
      nameId: "Mobilitas Aktif dan Inklusif",
      nameEn: "Active and Inclusive Mobility",
      tag: "Active and Inclusive Mobility",
    },
  ],
};

/**
 * The draft of the 2026 ministerial regulation on smart cities: Kominfo 2017 with Smart Branding
 * replaced by Smart Mobility, same Bimtek stages, and a
 * task force, implementation team and Forum Kota Cerdas required. Shipped as a draft the program office edits,
 * never the default; loaded once through the framework service.
 */
export const RPM_2026: FrameworkDef = {
  ...structuredClone(KOMINFO_2017),
  code: "rpm-kota-cerdas-2026",
  version: "2026-draf",
  name: "Rancangan Permen Kota Cerdas 2026 (draf)",
  descriptionId:
    "Rancangan Peraturan Menteri tentang Kota Cerdas 2026: kerangka Kominfo 2017 dengan dimensi Smart Branding diganti Mobilitas Cerdas. Masih draf.",
  descriptionEn:
    "Draft 2026 ministerial regulation on smart cities: the Kominfo 2017 framework with Smart Branding replaced by Smart Mobility. Still a draft.",
  // The draft makes a task force, an implementation team and a Forum Kota Cerdas mandatory.
  governanceBodies: [
    { kind: "satgas", nameId: "Satuan Tugas Kota Cerdas", nameEn: "Smart City Task Force", required: true },
    {
      kind: "tim_pelaksana",
      nameId: "Tim Pelaksana Kota Cerdas",
      nameEn: "Smart City Implementation Team",
      required: true,
    },
    { kind: "forum", nameId: "Forum Kota Cerdas", nameEn: "Smart City Forum", required: true },
  ],
  dimensions: KOMINFO_2017.dimensions.map((d) =>
    d.code === "branding" ? structuredClone(MOBILITY) : structuredClone(d),
  ),
};
