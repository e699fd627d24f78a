// Plan-wide monitoring lists: filters and the shapes the API answers with.
import { z } from "zod";
import { IndicatorBrief } from "./indicator-api";
import { RealisationStatus } from "./monitoring";
import { ProgramIndicatorOut, ProgressOut, RealisationOut } from "./monitoring-api";

export const ProgramRef = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  dimensionCode: z.string(),
  elementCode: z.string(),
  ownerOpdId: z.number().int().nullable(),
  startYear: z.number().int(),
  endYear: z.number().int(),
});
export type ProgramRef = z.infer<typeof ProgramRef>;

/** Filters of a plan's realisations: the verification queue is `status=entered`. */
export const RealisationQueueQuery = z.object({
  status: RealisationStatus.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  opdId: z.coerce.number().int().positive().optional().describe("OPD pemilik program"),
  dimensionCode: z.string().trim().max(60).optional(),
});

export const PlanRealisationOut = RealisationOut.extend({ program: ProgramRef, indicator: IndicatorBrief });
export type PlanRealisationOut = z.infer<typeof PlanRealisationOut>;

/** Filters of a plan's programs with their indicators. */
export const PlanIndicatorQuery = z.object({
  dimensionCode: z.string().trim().max(60).optional(),
  programId: z.coerce.number().int().positive().optional(),
  opdId: z.coerce.number().int().positive().optional().describe("OPD pemilik program"),
});

/** A program with its indicators, targets, realisations and achievement by year (one page item). */
export const ProgramIndicatorsOut = z.object({ program: ProgramRef, indicators: z.array(ProgramIndicatorOut) });

export const QuickWinMonitoringOut = z.object({
  id: z.number().int(),
  programId: z.number().int(),
  programCode: z.string(),
  target: z.string(),
  whyQuick: z.string(),
  year: z.number().int(),
  ownerOpdId: z.number().int().nullable(),
  progress: z.array(ProgressOut),
  can: z.object({ update: z.boolean() }),
});
