import { z } from "zod";
import { PageQuery } from "./pagination";

/** Kinds of region in the Kemendagri code list. */
export const REGION_TYPES = ["provinsi", "kabupaten", "kota"] as const;
export const RegionType = z.enum(REGION_TYPES);
export type RegionType = z.infer<typeof RegionType>;

/** A Kemendagri code: "32" for a province, "32.79" for a kabupaten/kota. */
export const RegionCode = z.string().regex(/^\d{2}(\.\d{2})?$/, "Kode wilayah harus berbentuk 32 atau 32.79");

// Longest first so that "Kabupaten Administrasi" wins over "Kabupaten".
const PREFIXES: ReadonlyArray<{ re: RegExp; type: RegionType }> = [
  { re: /^kabupaten\s+administrasi\s+/i, type: "kabupaten" },
  { re: /^kota\s+administrasi\s+/i, type: "kota" },
  { re: /^provinsi\s+/i, type: "provinsi" },
  { re: /^kabupaten\s+/i, type: "kabupaten" },
  { re: /^kab(\.\s*|\s+)/i, type: "kabupaten" },
  { re: /^kota\s+/i, type: "kota" },
  { re: /^prov(\.\s*|\s+)/i, type: "provinsi" },
];

/** Splits a region name into its type prefix and the bare name ("Kota Banjar" → kota, "Banjar"). */
export function splitRegionName(name: string): { type: RegionType | null; bare: string } {
  const trimmed = name.trim().replace(/\s+/g, " ");
  for (const { re, type } of PREFIXES) {
    if (re.test(trimmed)) {
      const bare = trimmed.replace(re, "").trim();
      if (bare.length > 0) return { type, bare };
    }
  }
  return { type: null, bare: trimmed };
}

/** The type of a kabupaten/kota from its official name; provinces have no prefix in the source. */
export function regencyTypeOf(name: string): "kabupaten" | "kota" {
  const { type } = splitRegionName(name);
  if (type === "kabupaten" || type === "kota") return type;
  throw new Error(`Nama kabupaten/kota tanpa awalan Kabupaten/Kota: ${name}`);
}

/**
 * Reads a search text: a code ("32.79"), or a name with or without a prefix
 * ("banjar", "Kab. Banjar", "kota banjar"). A prefix narrows the type.
 */
export function parseRegionSearch(
  q: string,
): { kind: "code"; code: string } | { kind: "name"; bare: string; type: RegionType | null } {
  const text = q.trim();
  if (/^\d{2}(\.\d{0,2})?$/.test(text)) return { kind: "code", code: text };
  const { type, bare } = splitRegionName(text);
  return { kind: "name", bare: bare.toLowerCase(), type };
}

/** Display name as civil servants write it: provinces get "Provinsi". */
export function displayRegionName(r: { name: string; type: RegionType }): string {
  return r.type === "provinsi" ? `Provinsi ${r.name}` : r.name;
}

/** Query of `GET /api/regions`. */
export const RegionListQuery = PageQuery.extend({
  province: z
    .string()
    .regex(/^\d{2}$/, "Kode provinsi terdiri dari dua angka, mis. 32")
    .optional()
    .describe("Kode provinsi, mis. 32"),
  type: RegionType.optional().describe("provinsi, kabupaten atau kota"),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe("Cari nama (dengan atau tanpa awalan Kabupaten/Kab./Kota) atau kode"),
});
export type RegionListQuery = z.infer<typeof RegionListQuery>;

export const RegionSummary = z.object({
  code: z.string(),
  name: z.string(),
  displayName: z.string(),
  type: RegionType,
  province: z.object({ code: z.string(), name: z.string() }),
});
export type RegionSummary = z.infer<typeof RegionSummary>;

export const RegionDetail = RegionSummary.extend({
  counts: z
    .object({ kabupaten: z.number().int(), kota: z.number().int() })
    .nullable()
    .describe("Jumlah kabupaten dan kota (hanya untuk provinsi)"),
});
export type RegionDetail = z.infer<typeof RegionDetail>;

/** Where each province's government sits, by province code: the place its Pergub is enacted. */
export const PROVINCE_SEATS: Readonly<Record<string, string>> = {
  "11": "Banda Aceh",
  "12": "Medan",
  "13": "Padang",
  "14": "Pekanbaru",
  "15": "Jambi",
  "16": "Palembang",
  "17": "Bengkulu",
  "18": "Bandar Lampung",
  "19": "Pangkalpinang",
  "21": "Tanjungpinang",
  "31": "Jakarta",
  "32": "Bandung",
  "33": "Semarang",
  "34": "Yogyakarta",
  "35": "Surabaya",
  "36": "Serang",
  "51": "Denpasar",
  "52": "Mataram",
  "53": "Kupang",
  "61": "Pontianak",
  "62": "Palangka Raya",
  "63": "Banjarbaru",
  "64": "Samarinda",
  "65": "Tanjung Selor",
  "71": "Manado",
  "72": "Palu",
  "73": "Makassar",
  "74": "Kendari",
  "75": "Gorontalo",
  "76": "Mamuju",
  "81": "Ambon",
  "82": "Sofifi",
  "91": "Jayapura",
  "92": "Manokwari",
  "93": "Merauke",
  "94": "Nabire",
  "95": "Wamena",
  "96": "Sorong",
};
