import { z } from "zod";
import { Lens } from "../assessment";
import { FRAMEWORK_STATUSES } from "../framework/editor";

/** Where a readiness instrument is in its life, as for frameworks: draft, published (offered to cohorts), retired. */
export const INSTRUMENT_STATUSES = FRAMEWORK_STATUSES;
export const InstrumentStatus = z.enum(INSTRUMENT_STATUSES);
export type InstrumentStatus = z.infer<typeof InstrumentStatus>;

/** The status changes the program office may make, by action. */
export const INSTRUMENT_TRANSITIONS = {
  publish: { from: "draft", to: "published" },
  retire: { from: "published", to: "retired" },
} as const satisfies Record<string, { from: InstrumentStatus; to: InstrumentStatus }>;
export type InstrumentTransition = keyof typeof INSTRUMENT_TRANSITIONS;

/** The weights of an instrument's criteria add up to this. */
export const INSTRUMENT_WEIGHT_TOTAL = 100;

/** Names of the GMSC lenses (a fixed vocabulary: the ranking's tie-break reads it). */
export const LENS_LABELS: Record<Lens, { id: string; en: string }> = {
  struktur: { id: "Struktur", en: "Structure" },
  infrastruktur: { id: "Infrastruktur", en: "Infrastructure" },
  suprastruktur: { id: "Suprastruktur", en: "Superstructure" },
  alam: { id: "Alam", en: "Nature" },
  budaya: { id: "Budaya", en: "Culture" },
};

/** Whether an instrument's content may still change: a draft or a published one no cohort uses yet. */
export function instrumentEditable(status: InstrumentStatus, inUse: boolean): boolean {
  return status !== "retired" && !inUse;
}

/** Whether a new cohort may take an instrument: only a published one. */
export const instrumentSelectable = (status: InstrumentStatus): boolean => status === "published";

// Blanks are empty too.
const Text = (max: number) => z.string().trim().min(1, "Wajib diisi").max(max);

/** One readiness criterion: a statement under a lens, with its weight. */
export const CriterionDef = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Wajib diisi")
    .max(20)
    .regex(/^[A-Za-z0-9._-]+$/, "Kode hanya huruf, angka, titik, garis bawah atau tanda hubung")
    .describe("Kode kriteria, unik dalam instrumen (mis. S1)"),
  lens: Lens.describe("Lensa GMSC: struktur, infrastruktur, suprastruktur, alam atau budaya"),
  textId: Text(1000).describe("Pernyataan kriteria (Bahasa Indonesia)"),
  textEn: Text(1000).describe("Pernyataan kriteria (Bahasa Inggris)"),
  weight: z.number().int("Bobot bilangan bulat").positive("Bobot lebih dari 0").max(100).describe("Bobot (persen)"),
});
export type CriterionDef = z.infer<typeof CriterionDef>;

/** A versioned readiness instrument: its scale and weighted criteria, as data. */
export const InstrumentDef = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, "Kode huruf kecil, angka atau tanda hubung")
    .describe("Kode instrumen (mis. gmsc-kesiapan)"),
  version: Text(40).describe("Versi (mis. 2017)"),
  name: Text(200).describe("Nama instrumen"),
  scale: z
    .object({
      min: z.number().int().min(0).max(100).describe("Nilai terendah"),
      max: z.number().int().min(1).max(100).describe("Nilai tertinggi"),
    })
    .describe("Skala nilai tiap kriteria"),
  criteria: z.array(CriterionDef).min(1, "Minimal satu kriteria").max(100).describe("Kriteria, berurutan"),
});
export type InstrumentDef = z.infer<typeof InstrumentDef>;

/** One problem of an instrument definition with the path of the field it is about. */
export type InstrumentIssue = { path: Array<string | number>; message: string };

/** Problems beyond the shape: a scale upside down, weights not adding up to 100, duplicate criterion codes. */
export function instrumentIssues(f: InstrumentDef): InstrumentIssue[] {
  const issues: InstrumentIssue[] = [];
  if (f.scale.max <= f.scale.min)
    issues.push({ path: ["scale", "max"], message: "Nilai tertinggi harus lebih besar dari nilai terendah" });
  const total = f.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (total !== INSTRUMENT_WEIGHT_TOTAL)
    issues.push({ path: ["criteria"], message: `Jumlah bobot harus ${INSTRUMENT_WEIGHT_TOTAL}, sekarang ${total}` });
  const seen = new Set<string>();
  for (const [i, c] of f.criteria.entries()) {
    const key = c.code.toLowerCase();
    if (seen.has(key)) issues.push({ path: ["criteria", i, "code"], message: `Kode ganda: ${c.code}` });
    seen.add(key);
  }
  return issues;
}

const withIssues = (f: InstrumentDef, ctx: z.RefinementCtx) => {
  for (const issue of instrumentIssues(f)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
};

/** A whole instrument as the editor sends it: the representation of GET without ids (other fields are ignored). */
export const InstrumentInput = InstrumentDef.superRefine(withIssues);
export type InstrumentInput = z.infer<typeof InstrumentInput>;

/** A new instrument: the whole definition, or `copyOf` an existing one under a new code, version and name. */
export const InstrumentCreate = InstrumentDef.partial({ scale: true, criteria: true })
  .extend({ copyOf: z.number().int().positive().optional().describe("ID instrumen yang disalin") })
  .superRefine((f, ctx) => {
    if (f.copyOf !== undefined) return;
    const missing = (["scale", "criteria"] as const).filter((k) => f[k] === undefined);
    for (const k of missing) ctx.addIssue({ code: "custom", path: [k], message: "Wajib diisi" });
    if (missing.length === 0) withIssues(f as InstrumentDef, ctx);
  });
export type InstrumentCreate = z.infer<typeof InstrumentCreate>;

/** An edit: the whole definition with the revision it was read at. */
export const InstrumentUpdate = InstrumentDef.extend({
  revision: z.number().int().positive().describe("Revisi yang dibaca (penulisan dengan pemeriksaan versi)"),
}).superRefine(withIssues);
export type InstrumentUpdate = z.infer<typeof InstrumentUpdate>;

/** A status change, checked against the revision read. */
export const InstrumentTransitionBody = z.object({
  revision: z.number().int().positive().describe("Revisi yang dibaca"),
});
