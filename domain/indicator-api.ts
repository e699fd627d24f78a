// The indicator catalogue (Satu Data Indonesia's data standard): request bodies, filters and
// the shape the API answers with.
import { z } from "zod";
import { Direction } from "./achievement";
import { RegionCode } from "./regions";

/** How often an indicator is measured. */
export const FREQUENCIES = ["annual", "semiannual", "quarterly", "monthly", "other"] as const;
export const Frequency = z.enum(FREQUENCIES, "Pilih frekuensi: tahunan, semesteran, triwulanan, bulanan atau lainnya");
export type Frequency = z.infer<typeof Frequency>;
export const FREQUENCY_LABELS: Record<Frequency, { id: string; en: string }> = {
  annual: { id: "Tahunan", en: "Annual" },
  semiannual: { id: "Semesteran", en: "Semiannual" },
  quarterly: { id: "Triwulanan", en: "Quarterly" },
  monthly: { id: "Bulanan", en: "Monthly" },
  other: { id: "Lainnya", en: "Other" },
};

/** The standard's four elements plus metadata, labelled as Satu Data names them. */
export const INDICATOR_FIELD_LABELS = {
  concept: { id: "Konsep", en: "Concept" },
  definition: { id: "Definisi", en: "Definition" },
  classification: { id: "Klasifikasi", en: "Classification" },
  measure: { id: "Ukuran (cara menghitung)", en: "Measure (how it is computed)" },
  unit: { id: "Satuan", en: "Unit" },
  producerOpdId: { id: "Produsen data (OPD)", en: "Data producer (OPD)" },
  frequency: { id: "Frekuensi", en: "Frequency" },
  source: { id: "Sumber data", en: "Source" },
  referenceCodes: { id: "Kode rujukan (U4SSC, ISO 37122, …)", en: "Reference codes (U4SSC, ISO 37122, …)" },
  direction: { id: "Arah", en: "Direction" },
} as const;

const text = (max: number, label: string) => z.string().trim().max(max, `${label} maksimal ${max} karakter`);
const required = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi`);

/** An indicator code: letters, digits, spaces and . : - _ / (U4SSC codes such as "EC: ICT: ICT: 1C" fit). */
export const IndicatorCode = required(40, "Kode indikator").regex(
  /^[A-Za-z0-9][A-Za-z0-9 .:_/-]*$/,
  "Kode indikator hanya berisi huruf, angka, spasi dan . : - _ /",
);

/** How codes are compared: case and spaces do not matter ("ec:ict:ict:1c" finds "EC: ICT: ICT: 1C"). */
export const codeKey = (code: string) => code.replace(/\s+/g, "").toUpperCase();

const fields = {
  code: IndicatorCode,
  name: required(300, "Nama indikator"),
  concept: text(4000, "Konsep").default(""),
  definition: text(4000, "Definisi").default(""),
  classification: text(500, "Klasifikasi").default(""),
  measure: text(4000, "Ukuran").default(""),
  unit: required(100, "Satuan"),
  direction: Direction,
  frequency: Frequency.default("annual"),
  producerOpdId: z.number().int().positive().nullable().default(null),
  source: text(1000, "Sumber").default(""),
  referenceCodes: z.array(required(100, "Kode rujukan")).max(20, "Paling banyak 20 kode rujukan").default([]),
  dimensionCode: required(60, "Kode dimensi").nullable().default(null),
  elementCode: required(80, "Kode elemen").nullable().default(null),
};

function mappingIssues(b: { dimensionCode?: string | null; elementCode?: string | null }, ctx: z.RefinementCtx) {
  if (b.elementCode && !b.dimensionCode)
    ctx.addIssue({ code: "custom", path: ["dimensionCode"], message: "Pilih dimensi dari elemen ini" });
}

/**
 * Body of adding an indicator: `regionCode` null adds to the national catalogue (national admin),
 * a region code adds the region's own indicator (its coordinator). `frameworkId` defaults to the
 * default framework; the dimension and element codes must exist in it.
 */
export const IndicatorCreate = z
  .object({
    regionCode: RegionCode.nullable().default(null),
    frameworkId: z.number().int().positive().optional(),
    ...fields,
  })
  .superRefine(mappingIssues);
export type IndicatorCreate = z.infer<typeof IndicatorCreate>;

/** Body of changing an indicator (any field; `active: false` retires it from new links). */
export const IndicatorUpdate = z
  .object({
    code: fields.code.optional(),
    name: fields.name.optional(),
    concept: text(4000, "Konsep").optional(),
    definition: text(4000, "Definisi").optional(),
    classification: text(500, "Klasifikasi").optional(),
    measure: text(4000, "Ukuran").optional(),
    unit: fields.unit.optional(),
    direction: Direction.optional(),
    frequency: Frequency.optional(),
    producerOpdId: z.number().int().positive().nullable().optional(),
    source: text(1000, "Sumber").optional(),
    referenceCodes: z.array(required(100, "Kode rujukan")).max(20).optional(),
    dimensionCode: required(60, "Kode dimensi").nullable().optional(),
    elementCode: required(80, "Kode elemen").nullable().optional(),
    active: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .superRefine(mappingIssues);
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>;

/** Filters of the catalogue list. `regionCode` lists the national catalogue plus that region's own. */
export const IndicatorFilters = z.object({
  q: z.string().trim().max(100).optional().describe("Cari pada kode, nama, definisi atau kode rujukan"),
  scope: z
    .enum(["all", "national", "regional"])
    .default("all")
    .describe("Katalog nasional, indikator daerah, atau semua"),
  regionCode: RegionCode.optional().describe("Nasional ditambah indikator daerah ini"),
  dimensionCode: z.string().trim().max(60).optional(),
  elementCode: z.string().trim().max(80).optional(),
  frameworkId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      "Kerangka dimensi/elemen yang disaring (mis. kerangka masterplan): indikator kerangka lain ikut bila tag elemennya jatuh di sana",
    ),
  direction: Direction.optional(),
  active: z
    .enum(["true", "false", "all"])
    .default("true")
    .describe("Hanya yang aktif (bawaan), hanya yang nonaktif, atau semua"),
});
export type IndicatorFilters = z.infer<typeof IndicatorFilters>;

export const IndicatorOut = z.object({
  id: z.number().int(),
  regionCode: z.string().nullable().describe("null: katalog nasional"),
  code: z.string(),
  name: z.string(),
  concept: z.string(),
  definition: z.string(),
  classification: z.string(),
  measure: z.string(),
  unit: z.string(),
  direction: Direction,
  frequency: Frequency,
  producerOpdId: z.number().int().nullable(),
  source: z.string(),
  referenceCodes: z.array(z.string()),
  frameworkId: z.number().int(),
  dimensionCode: z.string().nullable(),
  elementCode: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type IndicatorOut = z.infer<typeof IndicatorOut>;

/** The few fields of an indicator shown next to a program's values. */
export const IndicatorBrief = IndicatorOut.pick({
  id: true,
  regionCode: true,
  code: true,
  name: true,
  unit: true,
  direction: true,
  dimensionCode: true,
  elementCode: true,
});
export type IndicatorBrief = z.infer<typeof IndicatorBrief>;
