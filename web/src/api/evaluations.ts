import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  AssessorOut,
  DimensionDrill,
  EvaluationDetail,
  EvaluationOut,
  RESULT_SORTS,
  ResultDetail,
  ResultRow,
  RoundCreate,
  RoundOut,
  RoundUpdate,
  SchemeOut,
  ScoresPut,
  SelfAssessmentPut,
} from "../../../domain/evaluation/api";
import type { Tahap } from "../../../domain/evaluation/ranking";
import type { RoundStatus } from "../../../domain/evaluation/round";
import type { SchemeDetail } from "../../../domain/evaluation/scheme-editor";
import { apiGet, apiSend, apiUpload, apiUrl } from "./client";
import type { One, Page } from "./types";

export type Scheme = z.infer<typeof SchemeOut>;
/** A stored scheme as the program office keeps it (status, framework, revision, rounds using it). */
export type StoredScheme = SchemeDetail;
export type Assessor = z.infer<typeof AssessorOut>;
export type RoundDetail = RoundOut & { scheme: Scheme; assessors: Assessor[] };
export type RoundList = { data: RoundOut[]; can: { create: boolean } };
export type PreviewRow = Pick<
  ResultRow,
  | "evaluationId"
  | "regionCode"
  | "provinceCode"
  | "index"
  | "results"
  | "dimensions"
  | "assessors"
  | "previousIndex"
  | "improvement"
  | "improvementPercent"
  | "nationalRank"
  | "provincialRank"
>;
export type ResultSort = (typeof RESULT_SORTS)[number];
export type ResultFilters = {
  year?: number;
  tahap?: Tahap;
  province?: string;
  cohortId?: number;
  region?: string;
  roundId?: number;
  sort?: ResultSort;
  page?: number;
  pageSize?: number;
};
export type { DimensionDrill, EvaluationDetail, EvaluationOut, ResultDetail, ResultRow, RoundOut };

export function schemesQuery() {
  return queryOptions({
    queryKey: ["evaluations", "schemes"],
    queryFn: ({ signal }) => apiGet<{ data: StoredScheme[] }>("/api/evaluation-schemes", {}, signal),
    select: (body) => body.data,
    staleTime: 60_000,
  });
}

/** The schemes a round may take: the published ones (plus `keep`, the round's own, whatever its status now). */
export function roundSchemeOptions(schemes: StoredScheme[] | undefined, keep?: string): StoredScheme[] {
  return (schemes ?? []).filter((s) => s.status === "published" || s.key === keep);
}

/** The rounds the person may see, newest first, with whether they may open one. */
export function roundsQuery() {
  return queryOptions({
    queryKey: ["evaluations", "rounds"],
    queryFn: ({ signal }) => apiGet<RoundList>("/api/evaluation-rounds", {}, signal),
    staleTime: 0,
  });
}

export function roundQuery(id: number) {
  return queryOptions({
    queryKey: ["evaluations", "round", id],
    queryFn: ({ signal }) => apiGet<One<RoundDetail>>(`/api/evaluation-rounds/${id}`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

/** The participants of a round the person may see (a region's people: their own), with progress. */
export function participantsQuery(roundId: number, filters: { province?: string; page?: number; pageSize?: number }) {
  return queryOptions({
    queryKey: ["evaluations", "participants", roundId, filters],
    queryFn: ({ signal }) =>
      apiGet<Page<EvaluationOut>>(`/api/evaluation-rounds/${roundId}/evaluations`, filters, signal),
    staleTime: 0,
  });
}

export function previewQuery(roundId: number, enabled = true) {
  return queryOptions({
    queryKey: ["evaluations", "preview", roundId],
    queryFn: ({ signal }) => apiGet<{ data: PreviewRow[] }>(`/api/evaluation-rounds/${roundId}/preview`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
    enabled,
  });
}

export function evaluationQuery(id: number) {
  return queryOptions({
    queryKey: ["evaluations", "detail", id],
    queryFn: ({ signal }) => apiGet<One<EvaluationDetail>>(`/api/evaluations/${id}`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

export function resultQuery(evaluationId: number, enabled = true) {
  return queryOptions({
    queryKey: ["evaluations", "result", evaluationId],
    queryFn: ({ signal }) => apiGet<One<ResultDetail>>(`/api/evaluations/${evaluationId}/result`, {}, signal),
    select: (body) => body.data,
    enabled,
  });
}

export function dimensionDrillQuery(evaluationId: number, code: string) {
  return queryOptions({
    queryKey: ["evaluations", "result", evaluationId, "dimension", code],
    queryFn: ({ signal }) =>
      apiGet<One<DimensionDrill>>(`/api/evaluations/${evaluationId}/result/dimensions/${code}`, {}, signal),
    select: (body) => body.data,
  });
}

/** The national table of published results. */
export function resultsQuery(filters: ResultFilters, enabled = true) {
  return queryOptions({
    queryKey: ["evaluations", "results", filters],
    queryFn: ({ signal }) => apiGet<Page<ResultRow>>("/api/evaluation-results", filters, signal),
    staleTime: 30_000,
    enabled,
  });
}

/** The XLSX of the national table with the same filters and order (no paging). */
export function resultsXlsxUrl(filters: ResultFilters): string {
  const { page: _page, pageSize: _size, ...rest } = filters;
  return apiUrl("/api/evaluation-results.xlsx", rest);
}

export function evidenceUrl(evaluationId: number, evidenceId: number): string {
  return `/api/evaluations/${evaluationId}/evidence/${evidenceId}`;
}

export function createRound(input: RoundCreate) {
  return apiSend<One<RoundDetail>>("POST", "/api/evaluation-rounds", input);
}

export function updateRound(id: number, body: RoundUpdate) {
  return apiSend<One<RoundDetail>>("PATCH", `/api/evaluation-rounds/${id}`, body);
}

export function setRoundParticipants(id: number, regionCodes: string[], version: number) {
  return apiSend<One<RoundDetail>>("PUT", `/api/evaluation-rounds/${id}/participants`, { regionCodes, version });
}

export function setRoundAssessors(id: number, userIds: string[], version: number) {
  return apiSend<One<RoundDetail>>("PUT", `/api/evaluation-rounds/${id}/assessors`, { userIds, version });
}

export type TransitionBody = {
  to: RoundStatus;
  version: number;
  resultLetterNumber?: string;
  resultLetterDate?: string;
};

export function transitionRound(id: number, body: TransitionBody) {
  return apiSend<One<RoundDetail>>("POST", `/api/evaluation-rounds/${id}/transition`, body);
}

export function saveAnswer(evaluationId: number, itemCode: string, body: SelfAssessmentPut) {
  return apiSend<One<{ itemCode: string; version: number }>>(
    "PUT",
    `/api/evaluations/${evaluationId}/self-assessment/${encodeURIComponent(itemCode)}`,
    body,
  );
}

export function uploadEvidence(evaluationId: number, file: File, itemCode?: string) {
  return apiUpload<One<{ id: number; fileId: string }>>(`/api/evaluations/${evaluationId}/evidence`, file, {
    itemCode,
  });
}

export function saveScores(evaluationId: number, body: ScoresPut) {
  return apiSend("PUT", `/api/evaluations/${evaluationId}/scores`, body);
}
