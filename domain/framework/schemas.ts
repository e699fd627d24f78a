import { z } from "zod";
import { ChapterKey } from "../masterplan-chapters";
import { FrameworkStatus } from "./editor";
import { GovernanceBodyDef } from "./types";

const ElementOut = z.object({
  id: z.number().int(),
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  tag: z.string(),
  order: z.number().int(),
});

const DimensionOut = z.object({
  id: z.number().int(),
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  descriptionId: z.string(),
  descriptionEn: z.string(),
  order: z.number().int(),
  elements: z.array(ElementOut),
});

const DeliverableOut = z.object({
  id: z.number().int(),
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  required: z.boolean(),
  order: z.number().int(),
  covers: z.array(ChapterKey).describe("Bab masterplan yang dicakup keluaran ini"),
});

const StageOut = z.object({
  id: z.number().int(),
  number: z.number().int(),
  nameId: z.string(),
  nameEn: z.string(),
  focusId: z.string(),
  focusEn: z.string(),
  deliverables: z.array(DeliverableOut),
});

/** A framework in lists. */
export const FrameworkSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.string(),
  name: z.string(),
  descriptionId: z.string(),
  descriptionEn: z.string(),
  isDefault: z.boolean(),
  status: FrameworkStatus,
  revision: z.number().int().describe("Revisi baris, untuk penulisan dengan pemeriksaan versi"),
  dimensionCount: z.number().int(),
  elementCount: z.number().int(),
  stageCount: z.number().int(),
});
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;

/** A framework with its dimensions, elements, stages and deliverables. */
export const FrameworkDetail = FrameworkSummary.extend({
  governanceBodies: z.array(GovernanceBodyDef).describe("Lembaga smart city; yang wajib diperiksa sebelum reviu"),
  dimensions: z.array(DimensionOut),
  stages: z.array(StageOut),
});
export type FrameworkDetail = z.infer<typeof FrameworkDetail>;

export const FrameworkIdParams = z.object({
  id: z.coerce.number().int().positive().describe("ID kerangka"),
});

/** What the caller may do with a framework. */
export const FrameworkCan = z.object({
  update: z.boolean(),
  publish: z.boolean(),
  retire: z.boolean(),
  copy: z.boolean(),
  create: z.boolean(),
});
