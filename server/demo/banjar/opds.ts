import type { OpdCreate } from "../../../domain/opd";

/**
 * Perangkat daerah Kota Banjar added on top of the platform's starter list: its four
 * kecamatan and the city hospital, which own or support masterplan programs.
 */
export const BANJAR_EXTRA_OPDS: readonly OpdCreate[] = [
  { name: "Kecamatan Banjar", abbreviation: "Kec. Banjar", kind: "kecamatan" },
  { name: "Kecamatan Pataruman", abbreviation: "Kec. Pataruman", kind: "kecamatan" },
  { name: "Kecamatan Purwaharja", abbreviation: "Kec. Purwaharja", kind: "kecamatan" },
  { name: "Kecamatan Langensari", abbreviation: "Kec. Langensari", kind: "kecamatan" },
  { name: "Rumah Sakit Umum Daerah Kota Banjar", abbreviation: "RSUD", kind: "lainnya" },
];
