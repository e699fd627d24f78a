import type { Direction } from "../achievement";
import { codeKey } from "../indicator-api";
import { type Placement, placeByTags, type TaggedFramework } from "./element-tags";

/**
 * The ITU U4SSC key performance indicators for smart sustainable cities (ITU-T Y.4903; ITU 2017
 * Collection Methodology; ITU 2022 Verification Manual): 91 KPIs, 55 core (C) and 36 advanced (A),
 * over 3 dimensions, 7 sub-dimensions and 22 categories. Their codes are kept as ITU writes them
 * (`DIM: SUBDIM: CAT: n{C|A}`), so the national catalogue can cite them.
 *
 * Mapping onto a GMSC framework goes through thematic tags, not dimension codes: every KPI names
 * the tag(s) of the element it belongs to (the `tag` of the framework's elements; in Kominfo 2017 the
 * element's English name), most specific first, and each framework resolves them to its own
 * element (`placeByTags`): the first tag the framework carries wins, none means unmapped. U4SSC's
 * three dimensions do not line up with the GMSC ones, so every KPI is tagged on its own, by what it
 * measures (as read against Kominfo 2017):
 * - Economy · ICT: internet and broadband → Community; water/electricity/transport monitoring → the
 *   tag of that utility (Health, Protection, Energy, Mobility); public-sector ICT (open data,
 *   e-government, e-procurement) → Public Policy, Public Service, Bureaucracy.
 * - Economy · Productivity: innovation and jobs → Industry, Welfare (tourism jobs → Tourism).
 * - Economy · Infrastructure: water, sanitation → Health; transport → Mobility; planning → Harmony;
 *   waste, energy, buildings, water loss → Waste, Energy, Protection.
 * - Environment: pollution, water, green and protected areas → Protection; treatment of waste and
 *   wastewater → Waste; energy → Energy; access to green areas → Harmony.
 * - Society & Culture: education → Learning; health → Health; culture → Tourism or City Appearance;
 *   housing and inequality → Harmony or Welfare; safety → Security; voter participation → Public Policy.
 * Transport KPIs name the finer mobility themes first (Integrated Public Transport, Smart Traffic
 * Management, Active and Inclusive Mobility), then Mobility: a framework with a mobility dimension
 * (RPM 2026) takes them there, Kominfo 2017 under its transport element. Culture and tourism are
 * thin: regions add their own indicators for them. Direction is this catalogue's reading of each
 * KPI (e.g. unemployment, water loss, emissions and fatalities are lower-is-better).
 */
export type U4sscKpi = {
  code: string;
  nameId: string;
  nameEn: string;
  /** Unit in Indonesian, as the catalogue and the import templates show it. */
  unit: string;
  /** The metric as U4SSC words it. */
  measureEn: string;
  direction: Direction;
  /** Thematic element tags, most specific first; a framework places the KPI on the element carrying the first it has. */
  tags: readonly string[];
};

type Row = [
  code: string,
  nameId: string,
  nameEn: string,
  unit: string,
  measureEn: string,
  dir: "H" | "L",
  tags: string | readonly string[],
];

// The finer mobility themes, each falling back to the broad one.
const TRANSIT = ["Integrated Public Transport", "Mobility"] as const;
const TRAFFIC = ["Smart Traffic Management", "Mobility"] as const;
const ACTIVE = ["Active and Inclusive Mobility", "Mobility"] as const;

// biome-ignore format: one KPI per line reads as a table
const ROWS: Row[] = [
  ["EC: ICT: ICT: 1C", "Akses Internet Rumah Tangga", "Household Internet Access", "% rumah tangga", "% households", "H", "Community"],
  ["EC: ICT: ICT: 2C", "Langganan Internet Pita Lebar Tetap", "Fixed Broadband Subscriptions", "% rumah tangga", "% households", "H", "Community"],
  ["EC: ICT: ICT: 3C", "Langganan Internet Pita Lebar Nirkabel", "Wireless Broadband Subscriptions", "langganan per 100.000 penduduk", "subscriptions /100k", "H", "Community"],
  ["EC: ICT: ICT: 4C", "Cakupan Pita Lebar Nirkabel (3G, 4G)", "Wireless Broadband Coverage (3G, 4G)", "% wilayah/penduduk per teknologi", "% of city area/population per technology", "H", "Community"],
  ["EC: ICT: ICT: 5C", "Ketersediaan Wi-Fi di Ruang Publik", "Availability of WIFI in Public Areas", "titik Wi-Fi publik", "number of public Wi-Fi hotspots", "H", "Community"],
  ["EC: ICT: WS: 1C", "Meter Air Pintar", "Smart Water Meters", "% meter air", "% of water meters", "H", "Health"],
  ["EC: ICT: WS: 2A", "Pemantauan TIK Penyediaan Air", "Water Supply ICT Monitoring", "% jaringan distribusi terpantau TIK", "% of distribution system monitored by ICT", "H", "Health"],
  ["EC: ICT: D: 1A", "Pemantauan TIK Drainase", "Drainage / Storm Water System ICT Monitoring", "% jaringan drainase terpantau TIK", "% of drainage system monitored by ICT", "H", "Protection"],
  ["EC: ICT: ES: 1C", "Meter Listrik Pintar", "Smart Electricity Meters", "% meter listrik", "% of electricity meters", "H", "Energy"],
  ["EC: ICT: ES: 2A", "Pemantauan TIK Pasokan Listrik", "Electricity Supply ICT Monitoring", "% sistem pasokan terpantau TIK", "% of supply system monitored by ICT", "H", "Energy"],
  ["EC: ICT: ES: 3A", "Penetrasi Demand Response", "Demand Response Penetration", "% pelanggan dengan demand response", "% of customers with demand response", "H", "Energy"],
  ["EC: ICT: T: 1C", "Informasi Angkutan Umum Waktu Nyata", "Dynamic Public Transport Information", "% halte dengan informasi waktu nyata", "% of stops with real-time info", "H", TRANSIT],
  ["EC: ICT: T: 2C", "Pemantauan Lalu Lintas", "Traffic Monitoring", "% jalan utama terpantau TIK", "% of major streets monitored by ICT", "H", TRAFFIC],
  ["EC: ICT: T: 3A", "Pengendalian Persimpangan", "Intersection Control", "% persimpangan dengan kendali adaptif/prioritas", "% of intersections with adaptive control/priority", "H", TRAFFIC],
  ["EC: ICT: PS: 1A", "Data Terbuka", "Open Data", "% set data terinventaris yang dipublikasikan", "% and number of inventoried datasets published", "H", "Public Policy"],
  ["EC: ICT: PS: 2A", "Pemerintahan Elektronik (e-Government)", "e-Government", "layanan publik elektronik", "number of public services delivered electronically", "H", "Public Service"],
  ["EC: ICT: PS: 3A", "Pengadaan Elektronik Sektor Publik", "Public Sector e-Procurement", "% pengadaan secara elektronik", "% of procurement done electronically", "H", "Bureaucracy"],
  ["EC: P: IN: 1C", "Belanja Penelitian dan Pengembangan", "R&D Expenditure", "% PDRB", "% of city GDP", "H", "Industry"],
  ["EC: P: IN: 2C", "Paten", "Patents", "paten baru per 100.000 penduduk per tahun", "new patents granted /100k /year", "H", "Industry"],
  ["EC: P: IN: 3A", "Usaha Kecil dan Menengah", "Small and Medium-Sized Enterprises", "% perusahaan", "% of enterprises", "H", "Industry"],
  ["EC: P: EM: 1C", "Tingkat Pengangguran", "Unemployment Rate", "% angkatan kerja", "% of labour force", "L", "Welfare"],
  ["EC: P: EM: 2C", "Tingkat Pengangguran Usia Muda", "Youth Unemployment Rate", "% angkatan kerja muda", "% of youth labour force", "L", "Welfare"],
  ["EC: P: EM: 3A", "Tenaga Kerja Sektor Pariwisata", "Tourism Sector Employment", "% angkatan kerja", "% of labour force", "H", "Tourism"],
  ["EC: P: EM: 4A", "Tenaga Kerja Sektor TIK", "ICT Sector Employment", "% angkatan kerja", "% of labour force", "H", "Industry"],
  ["EC: I: WS: 1C", "Penyediaan Air Dasar", "Basic Water Supply", "% rumah tangga", "% households", "H", "Health"],
  ["EC: I: WS: 2C", "Penyediaan Air Minum Layak", "Potable Water Supply", "% rumah tangga dengan air minum aman", "% households with safely managed drinking water", "H", "Health"],
  ["EC: I: WS: 3C", "Kehilangan Air", "Water Supply Loss", "% air yang hilang dari pasokan", "% of water supplied that is lost", "L", "Protection"],
  ["EC: I: WS: 4C", "Pengumpulan Air Limbah", "Wastewater Collection", "% rumah tangga terlayani", "% households served", "H", "Health"],
  ["EC: I: WS: 5C", "Sanitasi Rumah Tangga", "Household Sanitation", "% rumah tangga dengan sanitasi dasar", "% households with basic sanitation", "H", "Health"],
  ["EC: I: WA: 1C", "Pengumpulan Sampah", "Solid Waste Collection", "% rumah tangga dengan pengumpulan rutin", "% households with regular collection", "H", "Waste"],
  ["EC: I: ES: 1C", "Frekuensi Gangguan Listrik", "Electricity System Outage Frequency", "gangguan per pelanggan per tahun", "interruptions per customer per year", "L", "Energy"],
  ["EC: I: ES: 2C", "Lama Gangguan Listrik", "Electricity System Outage Time", "jam gangguan rata-rata", "average hours of interruption", "L", "Energy"],
  ["EC: I: ES: 3C", "Akses Listrik", "Access to Electricity", "% rumah tangga dengan sambungan resmi", "% households with authorized access", "H", "Harmony"],
  ["EC: I: T: 1C", "Jaringan Angkutan Umum", "Public Transport Network", "km per 100.000 penduduk", "km /100k", "H", TRANSIT],
  ["EC: I: T: 2A", "Kemudahan Jangkauan Angkutan Umum", "Public Transport Network Convenience", "% penduduk dalam 0,5 km dari angkutan umum", "% population within 0.5 km of public transport", "H", TRANSIT],
  ["EC: I: T: 3C", "Jaringan Jalur Sepeda", "Bicycle Network", "km jalur sepeda per 100.000 penduduk", "km of paths and lanes /100k", "H", ACTIVE],
  ["EC: I: T: 4A", "Pembagian Moda Transportasi", "Transportation Mode Share", "% perjalanan per moda", "% by mode: private, public, walking, cycling, para-transit", "H", TRANSIT],
  ["EC: I: T: 5A", "Indeks Waktu Tempuh", "Travel Time Index", "rasio waktu tempuh jam sibuk terhadap lancar", "ratio of peak to free-flow travel time", "L", TRAFFIC],
  ["EC: I: T: 6A", "Sepeda Berbagi", "Shared Bicycles", "sepeda berbagi per 100.000 penduduk", "shared bicycles /100k", "H", ACTIVE],
  ["EC: I: T: 7A", "Kendaraan Berbagi", "Shared Vehicles", "kendaraan berbagi per 100.000 penduduk", "shared vehicles /100k", "H", TRANSIT],
  ["EC: I: T: 8A", "Kendaraan Penumpang Rendah Emisi", "Low-Carbon Emission Passenger Vehicles", "% kendaraan penumpang terdaftar", "% of registered passenger vehicles", "H", "Energy"],
  ["EC: I: B: 1A", "Keberlanjutan Bangunan Publik", "Public Building Sustainability", "% luas lantai bangunan publik bersertifikat", "% of public-building floor area certified", "H", "Energy"],
  ["EC: I: B: 2A", "Sistem Manajemen Gedung Terpadu di Bangunan Publik", "Integrated Building Management Systems in Public Buildings", "% bangunan publik", "% of public buildings", "H", "Energy"],
  ["EC: I: UP: 1A", "Infrastruktur Pejalan Kaki", "Pedestrian Infrastructure", "% wilayah kota bebas kendaraan", "% of city area that is pedestrian/car-free", "H", ACTIVE],
  ["EC: I: UP: 2A", "Pembangunan Kota dan Penataan Ruang", "Urban Development and Spatial Planning", "jumlah aspek terpenuhi (0–5)", "yes/no × 5 (compact, connected, integrated, inclusive, resilient)", "H", "Harmony"],
  ["EN: EN: AQ: 1C", "Pencemaran Udara (PM2,5, PM10, NO2, SO2, O3)", "Air Pollution (PM2.5, PM10, NO2, SO2, O3)", "µg/m³ rata-rata tahunan per polutan", "annual mean concentration (µg/m³) per pollutant", "L", "Protection"],
  ["EN: EN: AQ: 2C", "Emisi Gas Rumah Kaca", "GHG Emissions", "ton CO2e per kapita per tahun", "t CO2e per capita per year", "L", "Protection"],
  ["EN: EN: WS: 1C", "Kualitas Air Minum", "Drinking Water Quality", "% rumah tangga dalam Rencana Pengamanan Air teraudit", "% households covered by an audited Water Safety Plan", "H", "Health"],
  ["EN: EN: WS: 2C", "Konsumsi Air", "Water Consumption", "liter per kapita per hari", "litres per capita per day", "L", "Protection"],
  ["EN: EN: WS: 3C", "Konsumsi Air Tawar", "Freshwater Consumption", "% air dari sumber air tawar", "% of water drawn from freshwater sources", "L", "Protection"],
  ["EN: EN: WS: 4C", "Pengolahan Air Limbah", "Wastewater Treatment", "% air limbah yang diolah", "% receiving primary / secondary / tertiary treatment", "H", "Waste"],
  ["EN: EN: WA: 1C", "Pengolahan Sampah", "Solid Waste Treatment", "% sampah menurut cara pengolahan", "% by method: landfill, burnt, incinerated, open dump, recycled, other", "H", "Waste"],
  ["EN: EN: EQ: 1C", "Paparan Medan Elektromagnetik", "EMF Exposure", "% lokasi antena sesuai pedoman EMF", "% of antenna sites compliant with EMF guidelines", "H", "Protection"],
  ["EN: EN: EQ: 2A", "Paparan Kebisingan", "Noise Exposure", "% penduduk terpapar kebisingan berlebih", "% inhabitants exposed to excessive noise", "L", "Protection"],
  ["EN: EN: PSN: 1C", "Ruang Terbuka Hijau", "Green Areas", "hektare per 100.000 penduduk", "hectares /100k", "H", "Protection"],
  ["EN: EN: PSN: 2A", "Keterjangkauan Ruang Terbuka Hijau", "Green Area Accessibility", "% penduduk dengan akses ruang hijau", "% inhabitants with access to green areas", "H", "Harmony"],
  ["EN: EN: PSN: 3A", "Kawasan Alam Lindung", "Protected Natural Areas", "% wilayah kota", "% of city area", "H", "Protection"],
  ["EN: EN: PSN: 4A", "Fasilitas Rekreasi", "Recreational Facilities", "luas fasilitas rekreasi publik per 100.000 penduduk", "area of public recreational facilities /100k", "H", "Harmony"],
  ["EN: E: E: 1C", "Konsumsi Energi Terbarukan", "Renewable Energy Consumption", "% konsumsi energi total", "% of total energy consumption", "H", "Energy"],
  ["EN: E: E: 2C", "Konsumsi Listrik", "Electricity Consumption", "kWh per kapita per tahun", "kWh per capita per year", "L", "Energy"],
  ["EN: E: E: 3C", "Konsumsi Energi Termal Rumah Tangga", "Residential Thermal Energy Consumption", "GJ per kapita per tahun", "GJ per capita per year", "L", "Energy"],
  ["EN: E: E: 4A", "Konsumsi Energi Bangunan Publik", "Public Building Energy Consumption", "e-kWh per m² per tahun", "e-kWh per m² per year", "L", "Energy"],
  ["SC: EH: ED: 1C", "Akses TIK Siswa", "Student ICT Access", "% siswa dengan akses TIK di kelas", "% students with classroom ICT access", "H", "Learning"],
  ["SC: EH: ED: 2C", "Partisipasi Sekolah", "School Enrollment", "% penduduk usia sekolah", "% of school-age population", "H", "Learning"],
  ["SC: EH: ED: 3C", "Gelar Pendidikan Tinggi", "Higher Education Degrees", "gelar per 100.000 penduduk", "degrees /100k", "H", "Learning"],
  ["SC: EH: ED: 4C", "Melek Huruf Dewasa", "Adult Literacy", "% penduduk dewasa", "% of adults", "H", "Learning"],
  ["SC: EH: ED: 5A", "Rekam Medis Elektronik", "Electronic Health Records", "% penduduk", "% inhabitants", "H", "Health"],
  ["SC: EH: H: 1C", "Angka Harapan Hidup", "Life Expectancy", "tahun", "years", "H", "Health"],
  ["SC: EH: H: 2C", "Angka Kematian Ibu", "Maternal Mortality Rate", "kematian per 100.000 kelahiran hidup", "deaths per 100 000 live births", "L", "Health"],
  ["SC: EH: H: 3C", "Dokter", "Physicians", "per 100.000 penduduk", "per 100k", "H", "Health"],
  ["SC: EH: H: 4A", "Tempat Tidur Rawat Inap Rumah Sakit", "In-Patient Hospital Beds", "per 100.000 penduduk", "per 100k", "H", "Health"],
  ["SC: EH: H: 5A", "Jaminan Kesehatan", "Health Insurance / Public Health Coverage", "% penduduk", "% of population", "H", "Health"],
  ["SC: EH: C: 1C", "Belanja Kebudayaan", "Cultural Expenditure", "% anggaran daerah untuk cagar budaya", "% of municipal budget on cultural heritage", "H", "City Appearance"],
  ["SC: EH: C: 2A", "Infrastruktur Kebudayaan", "Cultural Infrastructure", "lembaga kebudayaan per 100.000 penduduk", "cultural institutions /100k", "H", "Tourism"],
  ["SC: SH: HO: 1C", "Permukiman Informal", "Informal Settlements", "% penduduk di permukiman kumuh/informal", "% inhabitants in slums/informal/inadequate housing", "L", "Harmony"],
  ["SC: SH: HO: 2A", "Belanja Perumahan", "Housing Expenditure", "% pendapatan rumah tangga untuk perumahan", "% of household income spent on housing", "L", "Welfare"],
  ["SC: SH: SI: 1C", "Kesetaraan Pendapatan Gender", "Gender Income Equity", "rasio upah per jam perempuan terhadap laki-laki", "ratio of female to male hourly earnings", "H", "Welfare"],
  ["SC: SH: SI: 2C", "Koefisien Gini", "Gini Coefficient", "indeks 0–1", "index 0–1", "L", "Welfare"],
  ["SC: SH: SI: 3C", "Kemiskinan", "Poverty", "% penduduk miskin", "% inhabitants in income poverty", "L", "Welfare"],
  ["SC: SH: SI: 4C", "Partisipasi Pemilih", "Voter Participation", "% pemilih terdaftar (pemilihan daerah terakhir)", "% of eligible voters (last municipal election)", "H", "Public Policy"],
  ["SC: SH: SI: 5A", "Ketersediaan Penitipan Anak", "Child Care Availability", "% anak usia 0–3 tahun terlayani", "% of children aged 0–3 covered by day care", "H", "Community"],
  ["SC: SH: SA: 1C", "Kematian Akibat Bencana Alam", "Natural Disaster Related Deaths", "per 100.000 penduduk", "per 100k", "L", "Security"],
  ["SC: SH: SA: 2C", "Kerugian Ekonomi Akibat Bencana", "Disaster Related Economic Losses", "% PDRB", "% of city GDP", "L", "Security"],
  ["SC: SH: SA: 3A", "Rencana Ketahanan Bencana", "Resilience Plans", "ya/tidak (dilaksanakan)", "yes/no (implemented)", "H", "Security"],
  ["SC: SH: SA: 4A", "Penduduk di Daerah Rawan Bencana", "Population Living in Disaster Prone Areas", "% penduduk", "% of population", "L", "Security"],
  ["SC: SH: SA: 5A", "Waktu Tanggap Layanan Darurat", "Emergency Service Response Time", "menit", "minutes", "L", "Security"],
  ["SC: SH: SA: 6C", "Layanan Kepolisian", "Police Service", "petugas per 100.000 penduduk", "officers /100k", "H", "Security"],
  ["SC: SH: SA: 7C", "Layanan Pemadam Kebakaran", "Fire Service", "petugas per 100.000 penduduk", "firefighters /100k", "H", "Security"],
  ["SC: SH: SA: 8C", "Tingkat Kejahatan dengan Kekerasan", "Violent Crime Rate", "per 100.000 penduduk", "per 100k", "L", "Security"],
  ["SC: SH: SA: 9C", "Kematian Akibat Kecelakaan Lalu Lintas", "Traffic Fatalities", "per 100.000 penduduk", "per 100k", "L", "Security"],
  ["SC: SH: FS: 1A", "Produksi Pangan Lokal", "Local Food Production", "% pangan dari dalam radius 100 km", "% of food supplied from within 100 km", "H", "Welfare"],
];

export const U4SSC_DIMENSIONS: Record<string, string> = {
  EC: "Ekonomi (Economy)",
  EN: "Lingkungan (Environment)",
  SC: "Sosial dan Budaya (Society and Culture)",
};

export const U4SSC_SUBDIMENSIONS: Record<string, string> = {
  "EC: ICT": "Teknologi Informasi dan Komunikasi (ICT)",
  "EC: P": "Produktivitas (Productivity)",
  "EC: I": "Infrastruktur (Infrastructure)",
  "EN: EN": "Lingkungan (Environment)",
  "EN: E": "Energi (Energy)",
  "SC: EH": "Pendidikan, Kesehatan dan Budaya (Education, Health and Culture)",
  "SC: SH": "Kesejahteraan Sosial, Keselamatan dan Pangan (Social Welfare, Safety and Food Security)",
};

/** The 91 U4SSC KPIs with their thematic tags. */
export const U4SSC_KPIS: readonly U4sscKpi[] = ROWS.map(([code, nameId, nameEn, unit, measureEn, dir, tags]) => ({
  code,
  nameId,
  nameEn,
  unit,
  measureEn,
  direction: dir === "L" ? "lower_is_better" : "higher_is_better",
  tags: typeof tags === "string" ? [tags] : [...tags],
}));

/** A U4SSC KPI by its code (case and spaces aside), if the code is one. */
export function u4sscKpi(code: string): U4sscKpi | undefined {
  const key = codeKey(code);
  return U4SSC_KPIS.find((k) => codeKey(k.code) === key);
}

/** Core (C) or advanced (A), from the code's suffix. */
export const u4sscTier = (code: string): "core" | "advanced" => (code.trim().endsWith("C") ? "core" : "advanced");

/** Where a KPI sits in a framework: the element carrying its most specific tag there, or unmapped. */
export const u4sscPlacement = (k: U4sscKpi, fw: TaggedFramework): Placement => placeByTags(fw, k.tags);

/** A KPI as a national catalogue entry following Satu Data Indonesia's data standard, mapped in the framework `fw`. */
export function u4sscCatalogueEntry(k: U4sscKpi, fw: TaggedFramework) {
  const [dim = "", sub = ""] = k.code.split(":").map((s) => s.trim());
  const tier = u4sscTier(k.code);
  return {
    code: k.code,
    name: k.nameId,
    concept: `${k.nameEn} — KPI U4SSC ${tier === "core" ? "inti" : "lanjutan"} untuk kota cerdas berkelanjutan`,
    definition: `Indikator kinerja utama U4SSC "${k.nameEn}" (ITU-T Y.4903), diukur sebagai: ${k.measureEn}.`,
    classification: [
      "U4SSC",
      U4SSC_DIMENSIONS[dim] ?? dim,
      U4SSC_SUBDIMENSIONS[`${dim}: ${sub}`] ?? sub,
      tier === "core" ? "Inti" : "Lanjutan",
    ].join(" · "),
    measure: k.measureEn,
    unit: k.unit,
    direction: k.direction,
    frequency: "annual" as const,
    source:
      "ITU (2017) Collection Methodology for Key Performance Indicators for Smart Sustainable Cities; ITU (2022) U4SSC KPIs Verification Manual",
    referenceCodes: [`U4SSC ${k.code}`],
    ...u4sscPlacement(k, fw),
  };
}
