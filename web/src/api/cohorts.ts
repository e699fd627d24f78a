import { queryOptions } from "@tanstack/react-query";
import type { CohortCreate, CohortStatus } from "../../../domain/cohort";
import type { CandidateOut, CohortOut, RankedOut } from "../../../domain/cohort-api";
import type { DashboardOut, DashboardQuery, DashboardRow } from "../../../domain/cohort-dashboard";
import { apiGet, apiSend } from "./client";
import type { One } from "./types";

export type CohortList = { data: CohortOut[] };

/** Every cohort the person may see (the admin: all; others: those with their regions or assessments). */
export function cohortsQuery() {
  return queryOptions({
    queryKey: ["cohorts", "list"],
    queryFn: ({ signal }) => apiGet<CohortList>("/api/cohorts", {}, signal),
    select: (body) => body.data,
    staleTime: 30_000,
  });
}

export function cohortQuery(id: number) {
  return queryOptions({
    queryKey: ["cohorts", "detail", id],
    queryFn: ({ signal }) => apiGet<One<CohortOut>>(`/api/cohorts/${id}`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

/** The candidates of a cohort (a region's people see only their own). */
export function candidatesQuery(cohortId: number) {
  return queryOptions({
    queryKey: ["cohorts", "candidates", cohortId],
    queryFn: ({ signal }) => apiGet<{ data: CandidateOut[] }>(`/api/cohorts/${cohortId}/candidates`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

export type Ranking = { data: RankedOut[]; quota: number };

export function rankingQuery(cohortId: number, enabled = true) {
  return queryOptions({
    queryKey: ["cohorts", "ranking", cohortId],
    queryFn: ({ signal }) => apiGet<Ranking>(`/api/cohorts/${cohortId}/ranking`, {}, signal),
    staleTime: 0,
    enabled,
  });
}

export type DashboardFilters = DashboardQuery;
export type { DashboardRow };
export type Dashboard = DashboardOut;

export function dashboardQuery(cohortId: number, filters: DashboardFilters, enabled = true) {
  return queryOptions({
    queryKey: ["cohorts", "dashboard", cohortId, filters],
    queryFn: ({ signal }) => apiGet<One<Dashboard>>(`/api/cohorts/${cohortId}/dashboard`, filters, signal),
    select: (body) => body.data,
    staleTime: 0,
    enabled,
  });
}

export function createCohort(input: CohortCreate) {
  return apiSend<One<CohortOut>>("POST", "/api/cohorts", input);
}

export function transitionCohort(id: number, to: CohortStatus) {
  return apiSend<One<CohortOut>>("POST", `/api/cohorts/${id}/transition`, { to });
}

export type CandidatesAddInput = { regionCodes?: string[]; codesText?: string; province?: string };
export type CandidatesAdded = { added: string[]; alreadyCandidates: string[] };

export function addCandidates(cohortId: number, input: CandidatesAddInput) {
  return apiSend<One<CandidatesAdded>>("POST", `/api/cohorts/${cohortId}/candidates`, input);
}

export function withdrawCandidate(candidateId: number, reason: string) {
  return apiSend<One<CandidateOut>>("POST", `/api/candidates/${candidateId}/withdraw`, { reason });
}

export type SelectionBody = {
  selected: number[];
  reasons: Record<string, string>;
  resultLetterNumber?: string;
  resultLetterDate?: string;
  resultLetterSignatoryName?: string;
  resultLetterSignatoryNip?: string;
  publish: boolean;
};

export function saveSelection(cohortId: number, body: SelectionBody) {
  return apiSend<One<CohortOut>>("POST", `/api/cohorts/${cohortId}/selection`, body);
}

export function candidateQuery(id: number) {
  return queryOptions({
    queryKey: ["candidates", "detail", id],
    queryFn: ({ signal }) => apiGet<One<CandidateOut>>(`/api/candidates/${id}`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

/** The download address of an uploaded file (evidence, deliverable, MoU scan). */
export function fileUrl(id: string): string {
  return `/api/files/${encodeURIComponent(id)}`;
}
