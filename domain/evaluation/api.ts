import { z } from "zod";
import { PageQuery } from "../pagination";
import { RegionCode } from "../regions";
import { TAHAPS } from "./ranking";
import { ROUND_BLOCKERS, RoundStatus } from "./round";
import { ResultDimension, SchemeDef } from "./schemes";

export const Tahap = z.enum(TAHAPS, "Pilih Tahap I atau II");
const LetterDate = z.iso.date("Tanggal harus berbentuk YYYY-MM-DD");
const Version = z.number().int().min(1);
/** A phase's last day (YYYY-MM-DD); null clears it. */
const PhaseEnd = LetterDate.nullable().optional();

// Whether the scheme exists and is published is the service's question (schemes are data).
const SchemeKey = z.string().trim().min(3).max(200);

export const PHASE_ORDER_MESSAGE = "Batas penilaian asesor tidak boleh sebelum batas evaluasi mandiri";

/** Whether the phase end dates are in order: scoring never ends before the self-assessment does. */
export function phaseEndsInOrder(selfAssessmentEndsOn?: string | null, scoringEndsOn?: string | null): boolean {
  return !selfAssessmentEndsOn || !scoringEndsOn || scoringEndsOn >= selfAssessmentEndsOn;
}

const checkPhaseEnds = (
  b: { selfAssessmentEndsOn?: string | null; scoringEndsOn?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (!phaseEndsInOrder(b.selfAssessmentEndsOn, b.scoringEndsOn))
    ctx.addIssue({ code: "custom", path: ["scoringEndsOn"], message: PHASE_ORDER_MESSAGE });
};

// ── Requests ─────────────────────────────────────────────────────────────────────────────

/**
 * Opening a round. Participants: the given `regionCodes`; otherwise every kabupaten/kota
 * whose masterplan is approved or enacted, narrowed to the regions selected in `cohortId`
 * when that is given.
 */
export const RoundCreate = z
  .object({
    year: z.number().int().min(2017, "Tahun mulai 2017").max(2100),
    tahap: Tahap,
    schemeKey: SchemeKey.optional().describe(
      "Skema terbit, mis. gmsc-evaluasi@2022; bawaan: skema terbit terbaru pada kerangka bawaan yang tidak melewati tahun putaran",
    ),
    name: z.string().trim().min(5, "Nama putaran minimal 5 huruf").max(200).optional(),
    cohortId: z.number().int().positive().optional(),
    regionCodes: z.array(RegionCode).min(1, "Pilih minimal satu daerah").max(600).optional(),
    selfAssessmentEndsOn: PhaseEnd.describe("Batas evaluasi mandiri daerah (YYYY-MM-DD)"),
    scoringEndsOn: PhaseEnd.describe("Batas penilaian asesor (YYYY-MM-DD), tidak sebelum batas evaluasi mandiri"),
  })
  .superRefine(checkPhaseEnds);
export type RoundCreate = z.infer<typeof RoundCreate>;

/** Name, phase end dates and (while a draft) scheme, guarded by the version. */
export const RoundUpdate = z
  .object({
    name: z.string().trim().min(5, "Nama putaran minimal 5 huruf").max(200).optional(),
    schemeKey: SchemeKey.optional().describe("Skema terbit lain (hanya selama draf)"),
    selfAssessmentEndsOn: PhaseEnd.describe("Batas evaluasi mandiri (YYYY-MM-DD); null menghapusnya"),
    scoringEndsOn: PhaseEnd.describe("Batas penilaian asesor (YYYY-MM-DD); null menghapusnya"),
    version: Version,
  })
  .superRefine(checkPhaseEnds);
export type RoundUpdate = z.infer<typeof RoundUpdate>;

/** Replaces the participant regions (draft only). */
export const ParticipantsPut = z.object({ regionCodes: z.array(RegionCode).max(600), version: Version });
export type ParticipantsPut = z.infer<typeof ParticipantsPut>;

/** Replaces the assessors of the round; each must hold the assessor role. */
export const AssessorsPut = z.object({ userIds: z.array(z.string().min(1).max(100)).max(100), version: Version });
export type AssessorsPut = z.infer<typeof AssessorsPut>;

/** Moving a round; publishing needs the result letter's number and date. */
export const RoundTransition = z
  .object({
    to: RoundStatus,
    version: Version,
    resultLetterNumber: z.string().trim().max(100).optional(),
    resultLetterDate: LetterDate.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.to !== "published") return;
    if (!b.resultLetterNumber)
      ctx.addIssue({ code: "custom", path: ["resultLetterNumber"], message: "Nomor surat hasil wajib diisi" });
    if (!b.resultLetterDate)
      ctx.addIssue({ code: "custom", path: ["resultLetterDate"], message: "Tanggal surat hasil wajib diisi" });
  });
export type RoundTransition = z.infer<typeof RoundTransition>;

/** The region's answer to one item; `version` 0 writes the first answer, later ones carry the current version. */
export const SelfAssessmentPut = z.object({
  narrative: z.string().trim().min(1, "Uraian wajib diisi").max(10_000),
  selfScore: z.number().nullish(),
  version: z.number().int().min(0),
});
export type SelfAssessmentPut = z.infer<typeof SelfAssessmentPut>;

/** An assessor's scores (some or all items) and their interview record. */
export const ScoresPut = z.object({
  scores: z
    .array(z.object({ itemCode: z.string().max(100), score: z.number(), note: z.string().max(2000).nullish() }))
    .max(200),
  interview: z.object({ heldOn: LetterDate.nullish(), notes: z.string().max(10_000).nullish() }).optional(),
});
export type ScoresPut = z.infer<typeof ScoresPut>;

export const RESULT_SORTS = ["rank", "-rank", "index", "-index", "region", "improvement", "-improvement"] as const;

/** The national table: filters, sorting and paging. */
export const ResultsQuery = PageQuery.extend({
  roundId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2017).max(2100).optional(),
  tahap: Tahap.optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, "Kode provinsi dua angka")
    .optional(),
  cohortId: z.coerce.number().int().positive().optional(),
  region: RegionCode.optional().describe("Satu kab/kota: riwayat hasilnya"),
  sort: z.enum(RESULT_SORTS).default("rank"),
});
export type ResultsQuery = z.infer<typeof ResultsQuery>;

export const ExportQuery = ResultsQuery.omit({ page: true, pageSize: true });
export type ExportQuery = z.infer<typeof ExportQuery>;

export const ParticipantsQuery = PageQuery.extend({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});

// ── Responses ────────────────────────────────────────────────────────────────────────────

export const SchemeOut = SchemeDef.extend({ key: z.string() });

const Blocker = z.object({
  code: z.enum(ROUND_BLOCKERS),
  message: z.string(),
  regionCodes: z.array(z.string()).optional(),
});

export const RoundOut = z.object({
  id: z.number().int(),
  year: z.number().int(),
  tahap: Tahap,
  name: z.string(),
  schemeKey: z.string(),
  schemeName: z.string(),
  weights: z.array(z.object({ code: ResultDimension, weight: z.number() })),
  status: RoundStatus,
  cohortId: z.number().int().nullable(),
  resultLetterNumber: z.string().nullable(),
  resultLetterDate: z.string().nullable(),
  selfAssessmentEndsOn: z.string().nullable().describe("Batas evaluasi mandiri (YYYY-MM-DD)"),
  scoringEndsOn: z.string().nullable().describe("Batas penilaian asesor (YYYY-MM-DD)"),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  counts: z.object({ participants: z.number().int(), assessors: z.number().int() }),
  moves: z.array(z.object({ to: RoundStatus, blockers: z.array(Blocker) })),
  can: z.object({ manage: z.boolean(), score: z.boolean() }),
});
export type RoundOut = z.infer<typeof RoundOut>;

export const AssessorOut = z.object({ userId: z.string(), name: z.string(), email: z.string() });

export const EvaluationOut = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  progress: z.object({
    items: z.number().int(),
    selfAssessed: z.number().int(),
    evidence: z.number().int(),
    assessorsComplete: z.number().int(),
    scoredByMe: z
      .number()
      .int()
      .describe("Butir yang sudah dinilai pemanggil sebagai asesor ronde ini (0 bagi yang lain)"),
  }),
  version: z.number().int(),
  can: z.object({ read: z.boolean(), selfAssess: z.boolean(), score: z.boolean(), readScores: z.boolean() }),
});
export type EvaluationOut = z.infer<typeof EvaluationOut>;

const Score2 = z.number().nullable();

/** One row of the national table (and the head of a region's result). */
export const ResultRow = z.object({
  evaluationId: z.number().int(),
  roundId: z.number().int(),
  year: z.number().int(),
  tahap: Tahap,
  regionCode: z.string(),
  regionName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  cohortName: z.string().nullable(),
  index: Score2,
  results: z.partialRecord(ResultDimension, z.number()),
  dimensions: z.record(z.string(), z.number()),
  assessors: z.number().int(),
  previousIndex: Score2,
  improvement: Score2,
  improvementPercent: Score2,
  nationalRank: z.number().int().nullable(),
  provincialRank: z.number().int().nullable(),
});
export type ResultRow = z.infer<typeof ResultRow>;

/** A region's result drilled down: index → result and smart-city dimensions → items (→ programs later). */
export const ResultDetail = ResultRow.extend({
  resultLetterNumber: z.string().nullable(),
  resultLetterDate: z.string().nullable(),
  publishedAt: z.string(),
  participants: z.number().int(),
  provinceParticipants: z.number().int(),
  resultDimensions: z.array(
    z.object({ code: ResultDimension, nameId: z.string(), nameEn: z.string(), weight: z.number(), score: Score2 }),
  ),
  smartDimensions: z.array(
    z.object({
      code: z.string(),
      nameId: z.string(),
      nameEn: z.string(),
      score: Score2,
      items: z.array(
        z.object({ code: z.string(), resultDimension: ResultDimension, textId: z.string(), score: Score2 }),
      ),
    }),
  ),
});
export type ResultDetail = z.infer<typeof ResultDetail>;

/** Programs and indicators behind one smart-city dimension (live monitoring data of the round's year). */
export const DimensionDrill = z.object({
  dimension: z.object({ code: z.string(), nameId: z.string(), nameEn: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  masterplan: z.object({ id: z.number().int(), title: z.string(), status: z.string() }).nullable(),
  achievement: z.number().nullable(),
  programs: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      elementCode: z.string(),
      progress: z
        .object({
          status: z.string(),
          physicalProgress: z.number().nullable(),
          budgetAllocated: z.number().nullable(),
          budgetRealised: z.number().nullable(),
        })
        .nullable(),
      achievement: z.number().nullable(),
      indicators: z.array(
        z.object({
          id: z.number().int(),
          code: z.string(),
          name: z.string(),
          unit: z.string(),
          direction: z.string(),
          target: z.number().nullable(),
          realisation: z.number().nullable(),
          semester: z.number().int().nullable(),
          achievement: z.number().nullable(),
          light: z.string(),
        }),
      ),
    }),
  ),
});
export type DimensionDrill = z.infer<typeof DimensionDrill>;

/** A region's evaluation: self-assessment, evidence and the score sheets the caller may see. */
export const EvaluationDetail = z.object({
  evaluation: EvaluationOut,
  round: RoundOut,
  scheme: SchemeOut,
  answers: z.array(
    z.object({
      itemCode: z.string(),
      narrative: z.string(),
      selfScore: z.number().nullable(),
      version: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.number().int(),
      itemCode: z.string().nullable(),
      file: z.object({ id: z.string(), name: z.string(), size: z.number(), mimeType: z.string() }),
    }),
  ),
  scoreSheets: z.array(
    z.object({
      assessorId: z.string(),
      assessorName: z.string(),
      assigned: z.boolean(),
      complete: z.boolean(),
      items: z.array(z.object({ itemCode: z.string(), score: z.number(), note: z.string().nullable() })),
      interview: z.object({ heldOn: z.string().nullable(), notes: z.string().nullable() }).nullable(),
    }),
  ),
});
export type EvaluationDetail = z.infer<typeof EvaluationDetail>;
