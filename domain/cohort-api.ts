import { z } from "zod";
import { Lens, TIE_BREAKS } from "./assessment";
import { CandidateStatus, CohortStatus } from "./cohort";
import { RegionCode } from "./regions";

/** A cohort as the API returns it. */
export const CohortOut = z.object({
  id: z.number().int(),
  year: z.number().int(),
  name: z.string(),
  quota: z.number().int(),
  frameworkId: z.number().int(),
  instrumentId: z.number().int(),
  status: CohortStatus,
  plan: z.record(z.string(), z.string().nullable()),
  resultLetterNumber: z.string().nullable(),
  resultLetterDate: z.string().nullable(),
  resultLetterSignatoryName: z.string().nullable(),
  resultLetterSignatoryNip: z.string().nullable(),
  selectionPublishedAt: z.string().nullable(),
  version: z.number().int(),
  counts: z.object({ candidates: z.number().int(), selected: z.number().int(), withdrawn: z.number().int() }),
  nextStatuses: z.array(CohortStatus),
  can: z.object({ manage: z.boolean(), readAll: z.boolean() }),
});
export type CohortOut = z.infer<typeof CohortOut>;

export const CohortTransition = z.object({ to: CohortStatus });

/** Adding candidates: by codes (list, pasted or uploaded text) and/or every kab/kota of a province. */
export const CandidatesAdd = z
  .object({
    regionCodes: z.array(RegionCode).max(600).optional(),
    codesText: z.string().max(20_000).optional(),
    province: z
      .string()
      .regex(/^\d{2}$/)
      .optional(),
  })
  .refine((b) => b.regionCodes?.length || b.codesText?.trim() || b.province, {
    message: "Isi kode wilayah, tempelkan daftar kode, atau pilih provinsi",
  });
export type CandidatesAdd = z.infer<typeof CandidatesAdd>;

export const CandidateOut = z.object({
  id: z.number().int(),
  cohortId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  regionType: z.string(),
  provinceName: z.string(),
  status: CandidateStatus,
  invitedAt: z.string(),
  selectionReason: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  can: z.object({
    read: z.boolean(),
    selfAssess: z.boolean(),
    score: z.boolean(),
    withdraw: z.boolean(),
    recordMou: z.boolean(),
  }),
});
export type CandidateOut = z.infer<typeof CandidateOut>;

export const WithdrawInput = z.object({
  reason: z.string().trim().min(5, "Tuliskan alasan minimal 5 huruf").max(1000),
});

/** One self-assessment answer of the region. */
export const SelfAnswerInput = z.object({
  answer: z.string().trim().min(1, "Jawaban wajib diisi").max(5000),
  selfScore: z.number().int().min(0).max(10).nullish(),
});

/** An assessor's scores for a candidate (some or all criteria) and their interview record. */
export const ScoresInput = z.object({
  scores: z
    .array(
      z.object({
        criterionId: z.number().int().positive(),
        score: z.number().int(),
        note: z.string().max(2000).nullish(),
      }),
    )
    .max(100),
  interview: z
    .object({
      heldOn: z.iso.date().nullish(),
      presentationNote: z.string().max(5000).nullish(),
      interviewNote: z.string().max(5000).nullish(),
    })
    .optional(),
});
export type ScoresInput = z.infer<typeof ScoresInput>;

export const RankedOut = z.object({
  candidateId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  status: CandidateStatus,
  rank: z.number().int(),
  mean: z.number().nullable(),
  spread: z.number().nullable(),
  assessors: z.number().int(),
  byLens: z.partialRecord(Lens, z.number()),
  tieBrokenBy: z.enum(TIE_BREAKS).nullable(),
  withinQuota: z.boolean(),
});
export type RankedOut = z.infer<typeof RankedOut>;

/** The committee's selection; `publish` makes it final and activates the selected regions' workspaces. */
export const SelectionInput = z
  .object({
    selected: z.array(z.number().int().positive()).max(600),
    reasons: z.record(z.string().regex(/^\d+$/), z.string().max(2000)).default({}),
    resultLetterNumber: z.string().trim().max(100).optional(),
    resultLetterDate: z.iso.date().optional(),
    resultLetterSignatoryName: z
      .string()
      .trim()
      .min(3, "Nama penanda tangan minimal 3 huruf")
      .max(200, "Nama penanda tangan maksimal 200 huruf")
      .optional(),
    resultLetterSignatoryNip: z
      .string()
      .trim()
      .regex(/^\d{18}$/, "NIP terdiri dari 18 angka")
      .optional(),
    publish: z.boolean().default(false),
  })
  .refine((s) => !s.publish || (s.resultLetterNumber && s.resultLetterDate), {
    message: "Nomor dan tanggal surat hasil wajib diisi untuk mengumumkan",
    path: ["resultLetterNumber"],
  });
export type SelectionInput = z.infer<typeof SelectionInput>;
