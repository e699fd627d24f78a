// Monitoring request bodies (validated on the server, reused by the web forms) and the shapes
// the API answers with: program indicators with baseline and targets, realisations, progress.
import { z } from "zod";
import { LIGHTS } from "./achievement";
import { IndicatorBrief } from "./indicator-api";
import { ProgressStatus, RealisationStatus, Semester } from "./monitoring";

const Year = z
  .number("Tahun harus berupa angka")
  .int("Tahun harus bilangan bulat")
  .min(1990, "Tahun minimal 1990")
  .max(2100, "Tahun maksimal 2100");
const Version = z.number().int().min(1);
const Decimal = z
  .number("Nilai harus berupa angka")
  .refine(Number.isFinite, "Nilai harus berupa angka")
  .refine((n) => Math.abs(n) < 1e15, "Nilai terlalu besar");
const note = (max: number) => z.string().trim().max(max, `Catatan maksimal ${max} karakter`);
const Rupiah = z
  .number("Anggaran harus berupa angka")
  .int("Anggaran dalam Rupiah penuh, tanpa sen")
  .min(0, "Anggaran tidak boleh negatif")
  .max(Number.MAX_SAFE_INTEGER, "Anggaran terlalu besar");

export const TargetIn = z.object({ year: Year, value: Decimal });

function targetIssues(b: { targets?: Array<{ year: number }> }, ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  b.targets?.forEach((t, i) => {
    if (seen.has(t.year))
      ctx.addIssue({ code: "custom", path: ["targets", i, "year"], message: `Target tahun ${t.year} ganda` });
    seen.add(t.year);
  });
}

function baselineIssues(b: { baselineValue?: number | null; baselineYear?: number | null }, ctx: z.RefinementCtx) {
  if (b.baselineValue === undefined && b.baselineYear === undefined) return;
  if ((b.baselineValue ?? null) === null && (b.baselineYear ?? null) !== null)
    ctx.addIssue({ code: "custom", path: ["baselineValue"], message: "Isi nilai baseline untuk tahun baseline ini" });
  if ((b.baselineValue ?? null) !== null && (b.baselineYear ?? null) === null)
    ctx.addIssue({ code: "custom", path: ["baselineYear"], message: "Isi tahun baseline" });
}

/** Body of linking an indicator to a program, with its baseline and yearly targets (years in the plan period). */
export const ProgramIndicatorCreate = z
  .object({
    indicatorId: z.number().int().positive(),
    baselineValue: Decimal.nullable().default(null),
    baselineYear: Year.nullable().default(null),
    targets: z.array(TargetIn).max(30).default([]),
    note: note(2000).default(""),
  })
  .superRefine((b, ctx) => {
    targetIssues(b, ctx);
    baselineIssues(b, ctx);
  });
export type ProgramIndicatorCreate = z.infer<typeof ProgramIndicatorCreate>;

/** Body of changing a program indicator: `targets` sent replace all targets. */
export const ProgramIndicatorUpdate = z
  .object({
    baselineValue: Decimal.nullable().optional(),
    baselineYear: Year.nullable().optional(),
    targets: z.array(TargetIn).max(30).optional(),
    note: note(2000).optional(),
    version: Version,
  })
  .superRefine((b, ctx) => {
    targetIssues(b, ctx);
    if (b.baselineValue !== undefined || b.baselineYear !== undefined) baselineIssues(b, ctx);
  });
export type ProgramIndicatorUpdate = z.infer<typeof ProgramIndicatorUpdate>;

/** Body of entering a realisation for a year (semester 1 or 2, or null for the whole year). */
export const RealisationCreate = z.object({
  year: Year,
  semester: Semester.default(null),
  value: Decimal,
  note: note(2000).default(""),
});
export type RealisationCreate = z.infer<typeof RealisationCreate>;

export const RealisationUpdate = z.object({
  value: Decimal.optional(),
  note: note(2000).optional(),
  version: Version,
});
export type RealisationUpdate = z.infer<typeof RealisationUpdate>;

export const RealisationVerify = z.object({ version: Version });
export const RealisationReturn = z.object({
  version: Version,
  note: note(2000).min(1, "Tulis alasan pengembalian"),
});

/** Body of saving a year's progress; `version` 0 creates it, otherwise the version last read (409 if stale). */
export const ProgressSave = z.object({
  status: ProgressStatus,
  physicalProgress: z
    .number("Progres fisik harus berupa angka")
    .min(0, "Progres fisik 0–100%")
    .max(100, "Progres fisik 0–100%")
    .refine((n) => Math.round(n * 100) === n * 100, "Progres fisik paling banyak dua desimal")
    .nullable()
    .default(null),
  budgetAllocated: Rupiah.nullable().default(null),
  budgetRealised: Rupiah.nullable().default(null),
  note: note(2000).default(""),
  version: z.number().int().min(0),
});
export type ProgressSave = z.infer<typeof ProgressSave>;

// ── Responses ──────────────────────────────────────────────────────────────────────────────

export const EvidenceOut = z.object({
  fileId: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  url: z.string().describe("Unduh lewat /api/files/:id"),
});

export const AchievementOut = z.object({
  value: z.number().nullable().describe("Capaian 0–120 %, null bila target atau realisasi belum ada"),
  raw: z.number().nullable(),
  light: z.enum(LIGHTS),
});

export const RealisationOut = z.object({
  id: z.number().int(),
  programIndicatorId: z.number().int(),
  year: z.number().int(),
  semester: Semester,
  value: z.number(),
  note: z.string(),
  status: RealisationStatus,
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  evidence: z.array(EvidenceOut),
  version: z.number().int(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), verify: z.boolean(), return: z.boolean(), attach: z.boolean() }),
});
export type RealisationOut = z.infer<typeof RealisationOut>;

/** One year of a program indicator: target, the value that counts for the year, achievement and light. */
export const YearPointOut = z.object({
  year: z.number().int(),
  target: z.number().nullable(),
  realisation: z.number().nullable(),
  status: RealisationStatus.nullable(),
  achievement: AchievementOut,
});
export type YearPointOut = z.infer<typeof YearPointOut>;

export const ProgramIndicatorOut = z.object({
  id: z.number().int(),
  programId: z.number().int(),
  indicator: IndicatorBrief,
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })),
  note: z.string(),
  years: z.array(YearPointOut).describe("Tahun-tahun periode dengan target, realisasi dan capaian"),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), enter: z.boolean() }),
});
export type ProgramIndicatorOut = z.infer<typeof ProgramIndicatorOut>;

export const ProgressOut = z.object({
  id: z.number().int(),
  year: z.number().int(),
  status: ProgressStatus,
  physicalProgress: z.number().nullable(),
  budgetAllocated: z.number().int().nullable(),
  budgetRealised: z.number().int().nullable(),
  note: z.string(),
  evidence: z.array(EvidenceOut),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ProgressOut = z.infer<typeof ProgressOut>;

/** A program's or quick win's progress by year, with whether the caller may enter it. */
export const ProgressListOut = z.object({
  data: z.array(ProgressOut),
  years: z.array(z.number().int()).describe("Tahun yang dapat diisi"),
  can: z.object({ update: z.boolean() }),
});
