// What the masterplan API answers with; the request bodies are in masterplan-api.ts.
import { z } from "zod";
import { MasterplanStatus, Term } from "./masterplan";
import { ActionStepInput, BudgetInput, GovernanceKind, GovernanceMember } from "./masterplan-api";
import { ChapterKey } from "./masterplan-chapters";

const Can = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])));
export const MASTERPLAN_ABILITIES = [
  "read",
  "update",
  "submit",
  "return",
  "approve",
  "enact",
  "revise",
  "addProgram",
  "attachPerkada",
] as const;

export const MasterplanOut = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  title: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  frameworkId: z.number().int(),
  status: MasterplanStatus,
  perkadaNumber: z.string().nullable(),
  perkadaDate: z.string().nullable(),
  perkadaFileId: z
    .string()
    .nullable()
    .describe("Berkas Perkada (Perbup/Perwali/Pergub) bertanda tangan; unduh di /api/files/:id"),
  perkadaHeadName: z.string().nullable().describe("Kepala daerah yang menandatangani Perkada"),
  perkadaSecretaryName: z.string().nullable().describe("Sekretaris Daerah yang mengundangkan Perkada"),
  perkadaSecretaryNip: z.string().nullable(),
  perkadaPromulgatedOn: z.string().nullable().describe("Tanggal pengundangan"),
  perkadaGazetteYear: z.number().int().nullable().describe("Tahun Berita Daerah"),
  perkadaGazetteNumber: z.string().nullable().describe("Nomor Berita Daerah"),
  previousId: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: Can(MASTERPLAN_ABILITIES),
  submitBlockedBy: z
    .enum(["masterplan_incomplete"])
    .nullable()
    .describe(
      "Mengapa `can.submit` false padahal peran dan status mengizinkan: daftar periksa kelengkapan belum terpenuhi",
    ),
});
export type MasterplanOut = z.infer<typeof MasterplanOut>;

export const SectionOut = z.object({
  masterplanId: z.number().int(),
  key: z.string(),
  content: z.record(z.string(), z.unknown()),
  version: z.number().int().describe("0 when the section was never written"),
  updatedAt: z.string().nullable(),
  can: z.object({ update: z.boolean() }),
});
export type SectionOut = z.infer<typeof SectionOut>;

export const ProgramOut = z.object({
  id: z.number().int(),
  masterplanId: z.number().int(),
  /** Stable code within the plan (P-01, P-02, …), used by monitoring templates and imports. */
  code: z.string(),
  dimensionCode: z.string(),
  elementCode: z.string(),
  name: z.string(),
  description: z.string(),
  ownerOpdId: z.number().int().nullable(),
  supportingOpdIds: z.array(z.number().int()),
  term: Term,
  startYear: z.number().int(),
  endYear: z.number().int(),
  budgets: z.array(BudgetInput),
  totalBudget: z.number(),
  apbdCode: z.string().nullable(),
  rpjmdReference: z.string().nullable(),
  innovation: z.string().nullable(),
  priority: z.number().int(),
  actionPlan: z.array(ActionStepInput),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type ProgramOut = z.infer<typeof ProgramOut>;

export const QuickWinOut = z.object({
  id: z.number().int(),
  masterplanId: z.number().int(),
  programId: z.number().int(),
  year: z.number().int(),
  ownerOpdId: z.number().int().nullable(),
  target: z.string(),
  whyQuick: z.string(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type QuickWinOut = z.infer<typeof QuickWinOut>;

export const GovernanceBodyOut = z.object({
  id: z.number().int(),
  masterplanId: z.number().int(),
  kind: GovernanceKind,
  name: z.string(),
  decreeNumber: z.string().nullable(),
  decreeDate: z.string().nullable(),
  members: z.array(GovernanceMember),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type GovernanceBodyOut = z.infer<typeof GovernanceBodyOut>;

/** A chapter of the plan with its state and the Bimtek deliverables that draft it. */
export const ChapterStateOut = z.object({
  key: ChapterKey,
  nameId: z.string(),
  nameEn: z.string(),
  href: z.string().describe("Alamat bab di aplikasi web, mis. /masterplan/3?tab=visi"),
  complete: z.boolean(),
  missing: z.array(z.string()),
  coveredBy: z
    .array(z.object({ stage: z.number().int(), code: z.string(), nameId: z.string(), nameEn: z.string() }))
    .describe("Keluaran Bimtek (tahap dan kode) yang mencakup bab ini, menurut kerangka masterplan"),
});
export type ChapterStateOut = z.infer<typeof ChapterStateOut>;

export const CompletenessOut = z.object({
  ok: z.boolean(),
  items: z.array(z.object({ code: z.string(), ok: z.boolean(), message: z.string(), target: z.string() })),
  chapters: z.array(ChapterStateOut),
});

export const RoadmapOut = z.object({
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  dimensions: z.array(z.object({ code: z.string(), nameId: z.string(), nameEn: z.string() })),
  cells: z.array(
    z.object({ year: z.number().int(), dimensionCode: z.string(), programs: z.number().int(), budget: z.number() }),
  ),
  totals: z.object({
    byYear: z.record(z.string(), z.number()),
    byDimension: z.record(z.string(), z.number()),
    bySource: z.record(z.string(), z.number()),
    total: z.number(),
  }),
});
export type RoadmapOut = z.infer<typeof RoadmapOut>;
