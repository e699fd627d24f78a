import type { IndicatorBrief, IndicatorOut } from "../../domain/indicator-api";
import type { ProgramIndicatorOut, ProgressOut, RealisationOut } from "../../domain/monitoring-api";
import { seriesOf } from "../../domain/monitoring-summary";
import type { Actor } from "../../domain/roles";
import type { storedFile } from "../db/schema/index";
import { indicatorPolicy, programIndicatorPolicy, realisationPolicy } from "../policies/monitoring";
import {
  type IndicatorRow,
  monitoredRes,
  type ObservationRow,
  type PlanRow,
  type ProgramBase,
  type ProgramIndicatorRow,
  realisationRes,
} from "../services/monitoring/load";

type FileRow = typeof storedFile.$inferSelect;

export function presentIndicator(actor: Actor | null, i: IndicatorRow): IndicatorOut {
  return {
    id: i.id,
    regionCode: i.regionCode,
    code: i.code,
    name: i.name,
    concept: i.concept,
    definition: i.definition,
    classification: i.classification,
    measure: i.measure,
    unit: i.unit,
    direction: i.direction,
    frequency: i.frequency,
    producerOpdId: i.producerOpdId,
    source: i.source,
    referenceCodes: i.referenceCodes,
    frameworkId: i.frameworkId,
    dimensionCode: i.dimensionCode,
    elementCode: i.elementCode,
    active: i.active,
    version: i.version,
    can: { update: indicatorPolicy.can(actor, "update", { regionCode: i.regionCode }) },
  };
}

export const presentIndicatorBrief = (i: IndicatorRow): IndicatorBrief => ({
  id: i.id,
  regionCode: i.regionCode,
  code: i.code,
  name: i.name,
  unit: i.unit,
  direction: i.direction,
  dimensionCode: i.dimensionCode,
  elementCode: i.elementCode,
});

export const presentEvidence = (f: FileRow) => ({
  fileId: f.id,
  name: f.originalName,
  mimeType: f.mimeType,
  size: f.size,
  url: `/api/files/${f.id}`,
});

const planYears = (plan: PlanRow) =>
  Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i);

/** A program indicator with its targets and, per plan year, what was realised and achieved. */
export function presentProgramIndicator(
  actor: Actor | null,
  ctx: { plan: PlanRow; ownerOpdId: number | null },
  link: ProgramIndicatorRow,
  ind: IndicatorRow,
  targets: Array<{ year: number; value: number }>,
  values: ObservationRow[],
): ProgramIndicatorOut {
  const res = monitoredRes(ctx.plan, ctx.ownerOpdId);
  const series = seriesOf(
    {
      direction: ind.direction,
      dimensionCode: ind.dimensionCode,
      targets: new Map(targets.map((t) => [t.year, t.value])),
      values,
    },
    planYears(ctx.plan),
  );
  return {
    id: link.id,
    programId: link.programId,
    indicator: presentIndicatorBrief(ind),
    baselineValue: link.baselineValue,
    baselineYear: link.baselineYear,
    targets,
    note: link.note,
    years: series.map((p) => ({
      year: p.year,
      target: p.target,
      realisation: p.value?.value ?? null,
      status: p.value?.status ?? null,
      achievement: p.achievement,
    })),
    version: link.version,
    can: {
      update: programIndicatorPolicy.can(actor, "update", res),
      delete: programIndicatorPolicy.can(actor, "delete", res),
      enter: realisationPolicy.can(actor, "enter", res),
    },
  };
}

export function presentRealisation(
  actor: Actor | null,
  ctx: { plan: PlanRow; ownerOpdId: number | null },
  o: ObservationRow,
  files: FileRow[],
): RealisationOut {
  const res = realisationRes(ctx.plan, ctx.ownerOpdId, o);
  const can = realisationPolicy.abilities(actor, res);
  return {
    id: o.id,
    programIndicatorId: o.programIndicatorId,
    year: o.year,
    semester: o.semester === 1 || o.semester === 2 ? o.semester : null,
    value: o.value,
    note: o.note,
    status: o.status,
    reviewNote: o.reviewNote,
    reviewedAt: o.reviewedAt?.toISOString() ?? null,
    evidence: files.map(presentEvidence),
    version: o.version,
    updatedAt: o.updatedAt.toISOString(),
    can: { update: can.update, verify: can.verify, return: can.return, attach: can.attach },
  };
}

type ProgressRow = {
  id: number;
  year: number;
  status: ProgressOut["status"];
  physicalProgress: number | null;
  budgetAllocated: number | null;
  budgetRealised: number | null;
  note: string;
  version: number;
  updatedAt: Date;
};

export const presentProgress = (p: ProgressRow, files: FileRow[]): ProgressOut => ({
  id: p.id,
  year: p.year,
  status: p.status,
  physicalProgress: p.physicalProgress,
  budgetAllocated: p.budgetAllocated,
  budgetRealised: p.budgetRealised,
  note: p.note,
  evidence: files.map(presentEvidence),
  version: p.version,
  updatedAt: p.updatedAt.toISOString(),
});

export const presentProgramRef = (p: ProgramBase) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  dimensionCode: p.dimensionCode,
  elementCode: p.elementCode,
  ownerOpdId: p.ownerOpdId,
  startYear: p.startYear,
  endYear: p.endYear,
});
