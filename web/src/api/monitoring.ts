import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type { IndicatorCreate, IndicatorOut, IndicatorUpdate } from "../../../domain/indicator-api";
import type { ProgramOut } from "../../../domain/masterplan-responses";
import type { ImportRowIssue } from "../../../domain/masterplan-review";
import type { RealisationStatus } from "../../../domain/monitoring";
import type {
  ProgramIndicatorCreate,
  ProgramIndicatorOut,
  ProgramIndicatorUpdate,
  ProgressOut,
  ProgressSave,
  RealisationCreate,
  RealisationOut,
  RealisationUpdate,
} from "../../../domain/monitoring-api";
import type { PlanRealisationOut, ProgramIndicatorsOut, QuickWinMonitoringOut } from "../../../domain/monitoring-lists";
import type { MonitoringSummaryOut } from "../../../domain/monitoring-summary";
import { ApiError, apiGet, apiSend, apiUpload, apiUrl } from "./client";
import type { One, Page } from "./types";

export type {
  IndicatorOut,
  MonitoringSummaryOut,
  PlanRealisationOut,
  ProgramIndicatorOut,
  ProgressOut,
  RealisationOut,
};
export type ProgramWithIndicators = z.infer<typeof ProgramIndicatorsOut>;
export type QuickWinMonitoring = z.infer<typeof QuickWinMonitoringOut>;
export type ProgressList = { data: ProgressOut[]; years: number[]; can: { update: boolean } };
export type ProgressKind = "program" | "quick_win";
export type SheetKind = "realisations" | "progress" | "quick-wins";
export type ImportResult = { rows: number; inserted: number; updated: number };

const plan = (id: number) => `/api/masterplans/${id}`;

// ── Plan-wide ─────────────────────────────────────────────────────────────────────────────

/** What the caller may do with the plan's monitoring as a whole. */
export type MonitoringCan = { import: boolean; verify: boolean };
type SummaryBody = One<MonitoringSummaryOut> & { can: MonitoringCan };

const fetchSummary = (planId: number, year: number | undefined, signal: AbortSignal) =>
  apiGet<SummaryBody>(`${plan(planId)}/monitoring/summary`, { year }, signal);

/** The region dashboard of an enacted plan for one year (absent: the current year inside the period). */
export function summaryQuery(planId: number, year?: number) {
  return queryOptions({
    queryKey: ["monitoring", "summary", planId, year ?? null],
    queryFn: ({ signal }) => fetchSummary(planId, year, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

/** The caller's abilities on the plan's monitoring (import, verify), from the same summary request. */
export function monitoringCanQuery(planId: number) {
  return queryOptions({
    queryKey: ["monitoring", "summary", planId, null],
    queryFn: ({ signal }) => fetchSummary(planId, undefined, signal),
    select: (body) => body.can,
    staleTime: 0,
  });
}

export type PlanIndicatorFilter = { dimensionCode?: string; programId?: number; opdId?: number };

/** Programs that have indicators, each with targets, realisations and achievement per year. */
export function planIndicatorsQuery(planId: number, filter: PlanIndicatorFilter, page = 1, pageSize = 100) {
  return queryOptions({
    queryKey: ["monitoring", "plan-indicators", planId, filter, page, pageSize],
    queryFn: ({ signal }) =>
      apiGet<Page<ProgramWithIndicators>>(
        `${plan(planId)}/monitoring/indicators`,
        { ...filter, page, pageSize },
        signal,
      ),
    staleTime: 0,
  });
}

export type RealisationFilter = { status?: RealisationStatus; year?: number; opdId?: number; dimensionCode?: string };

/** A plan's realisations, newest change first; `status: "entered"` is the coordinator's queue. */
export function planRealisationsQuery(planId: number, filter: RealisationFilter, page = 1, pageSize = 50) {
  return queryOptions({
    queryKey: ["monitoring", "plan-realisations", planId, filter, page, pageSize],
    queryFn: ({ signal }) =>
      apiGet<Page<PlanRealisationOut>>(`${plan(planId)}/realisations`, { ...filter, page, pageSize }, signal),
    staleTime: 0,
  });
}

export function quickWinMonitoringQuery(planId: number) {
  return queryOptions({
    queryKey: ["monitoring", "quick-wins", planId],
    queryFn: ({ signal }) =>
      apiGet<{ data: QuickWinMonitoring[] }>(`${plan(planId)}/monitoring/quick-wins`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

// ── A program's indicators and realisations ───────────────────────────────────────────────

export function programIndicatorsQuery(programId: number) {
  return queryOptions({
    queryKey: ["monitoring", "program-indicators", programId],
    queryFn: ({ signal }) =>
      apiGet<{ data: ProgramIndicatorOut[]; can: { create: boolean } }>(
        `/api/programs/${programId}/indicators`,
        {},
        signal,
      ),
    staleTime: 0,
  });
}

export function realisationsQuery(programIndicatorId: number) {
  return queryOptions({
    queryKey: ["monitoring", "realisations", programIndicatorId],
    queryFn: ({ signal }) =>
      apiGet<{ data: RealisationOut[]; can: { enter: boolean } }>(
        `/api/program-indicators/${programIndicatorId}/realisations`,
        {},
        signal,
      ),
    staleTime: 0,
  });
}

export const linkIndicator = (programId: number, input: ProgramIndicatorCreate) =>
  apiSend<One<ProgramIndicatorOut>>("POST", `/api/programs/${programId}/indicators`, input);
export const updateProgramIndicator = (id: number, input: ProgramIndicatorUpdate) =>
  apiSend<One<ProgramIndicatorOut>>("PATCH", `/api/program-indicators/${id}`, input);
export const unlinkIndicator = (id: number, version: number) =>
  apiSend("DELETE", `/api/program-indicators/${id}?version=${version}`);

export const createRealisation = (programIndicatorId: number, input: RealisationCreate) =>
  apiSend<One<RealisationOut>>("POST", `/api/program-indicators/${programIndicatorId}/realisations`, input);
export const updateRealisation = (id: number, input: RealisationUpdate) =>
  apiSend<One<RealisationOut>>("PATCH", `/api/realisations/${id}`, input);
export const verifyRealisation = (id: number, version: number) =>
  apiSend<One<RealisationOut>>("POST", `/api/realisations/${id}/verify`, { version });
export const returnRealisation = (id: number, version: number, note: string) =>
  apiSend<One<RealisationOut>>("POST", `/api/realisations/${id}/return`, { version, note });
export const attachRealisationEvidence = (id: number, file: File) =>
  apiUpload<One<RealisationOut>>(`/api/realisations/${id}/evidence`, file);
export const detachRealisationEvidence = (id: number, fileId: string) =>
  apiSend("DELETE", `/api/realisations/${id}/evidence/${fileId}`);

// ── Progress of programs and quick wins ───────────────────────────────────────────────────

const progressBase: Record<ProgressKind, string> = { program: "/api/programs", quick_win: "/api/quick-wins" };
const entryBase: Record<ProgressKind, string> = {
  program: "/api/program-progress",
  quick_win: "/api/quick-win-progress",
};

export function progressQuery(kind: ProgressKind, id: number) {
  return queryOptions({
    queryKey: ["monitoring", "progress", kind, id],
    queryFn: ({ signal }) => apiGet<ProgressList>(`${progressBase[kind]}/${id}/progress`, {}, signal),
    staleTime: 0,
  });
}

export const saveProgress = (kind: ProgressKind, id: number, year: number, input: ProgressSave) =>
  apiSend<One<ProgressOut>>("PUT", `${progressBase[kind]}/${id}/progress/${year}`, input);
export const attachProgressEvidence = (kind: ProgressKind, entryId: number, file: File) =>
  apiUpload<One<ProgressOut>>(`${entryBase[kind]}/${entryId}/evidence`, file);
export const detachProgressEvidence = (kind: ProgressKind, entryId: number, fileId: string) =>
  apiSend("DELETE", `${entryBase[kind]}/${entryId}/evidence/${fileId}`);

// ── Templates, imports and exports ────────────────────────────────────────────────────────

export type SheetOptions = { format: "xlsx" | "csv"; year?: number; opdId?: number };

/** A template (pre-filled; an OPD contributor gets their OPD's programs) or an export; a plain link. */
export function sheetUrl(planId: number, kind: SheetKind, mode: "template" | "export", opts: SheetOptions): string {
  return apiUrl(`${plan(planId)}/monitoring/${kind}/${mode}`, opts);
}

export const importSheet = (planId: number, kind: SheetKind, file: File) =>
  apiUpload<One<ImportResult>>(`${plan(planId)}/monitoring/${kind}/import`, file);

/** The row problems of a 422 monitoring_import_invalid answer (empty for any other error), with their total. */
export function sheetIssues(error: unknown): { rows: ImportRowIssue[]; total: number } {
  if (!(error instanceof ApiError) || error.code !== "monitoring_import_invalid") return { rows: [], total: 0 };
  const details = error.details as { rows?: unknown; total?: unknown } | undefined;
  const rows = Array.isArray(details?.rows) ? (details.rows as ImportRowIssue[]) : [];
  return { rows, total: typeof details?.total === "number" ? details.total : rows.length };
}

// ── The indicator catalogue ───────────────────────────────────────────────────────────────

export type IndicatorFilter = {
  q?: string;
  scope?: "all" | "national" | "regional";
  regionCode?: string;
  dimensionCode?: string;
  elementCode?: string;
  /** The framework the dimension or element is read in; indicators of other frameworks follow their element tags. */
  frameworkId?: number;
  direction?: "higher_is_better" | "lower_is_better";
  active?: "true" | "false" | "all";
};
export type IndicatorPage = Page<IndicatorOut> & { can: { createNational: boolean; createRegional: string[] } };

export function indicatorsQuery(filter: IndicatorFilter, page = 1, pageSize = 50) {
  return queryOptions({
    queryKey: ["indicators", "list", filter, page, pageSize],
    queryFn: ({ signal }) => apiGet<IndicatorPage>("/api/indicators", { ...filter, page, pageSize }, signal),
    staleTime: 30_000,
  });
}

export function indicatorQuery(id: number) {
  return queryOptions({
    queryKey: ["indicators", "detail", id],
    queryFn: ({ signal }) => apiGet<One<IndicatorOut>>(`/api/indicators/${id}`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

export const createIndicator = (input: z.input<typeof IndicatorCreate>) =>
  apiSend<One<IndicatorOut>>("POST", "/api/indicators", input);
export const updateIndicator = (id: number, input: IndicatorUpdate) =>
  apiSend<One<IndicatorOut>>("PATCH", `/api/indicators/${id}`, input);

// ── The program itself (its name, OPD and years head the program's monitoring page) ────────

export function programQuery(programId: number) {
  return queryOptions({
    queryKey: ["monitoring", "program", programId],
    queryFn: ({ signal }) => apiGet<One<ProgramOut>>(`/api/programs/${programId}`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}
