import { queryOptions } from "@tanstack/react-query";
import type { Lens } from "../../../domain/assessment";
import type { CandidateOut } from "../../../domain/cohort-api";
import { apiGet, apiSend, apiUpload } from "./client";
import type { One } from "./types";

export type Criterion = { id: number; code: string; lens: Lens; textId: string; textEn: string; weight: number };
export type Interview = { heldOn: string | null; presentationNote: string | null; interviewNote: string | null };
export type AssessorScores = {
  assessorId: string;
  assessorName: string;
  complete: boolean;
  total: number | null;
  items: Array<{ criterionId: number; score: number; note: string | null }>;
  interview: Interview | null;
};
export type Evidence = {
  id: number;
  criterionId: number | null;
  file: { id: string; name: string; size: number; mimeType: string };
};
export type Assessment = {
  instrument: { id: number; name: string; scale: { min: number; max: number }; criteria: Criterion[] };
  answers: Array<{ criterionId: number; answer: string; selfScore: number | null; updatedAt: string }>;
  evidence: Evidence[];
  scores: AssessorScores[];
  result: {
    mean: number | null;
    spread: number | null;
    assessors: number;
    byLens: Partial<Record<Lens, number>>;
  } | null;
  candidate: CandidateOut;
};

export function assessmentQuery(candidateId: number, enabled = true) {
  return queryOptions({
    queryKey: ["candidates", "assessment", candidateId],
    queryFn: ({ signal }) => apiGet<One<Assessment>>(`/api/candidates/${candidateId}/assessment`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
    enabled,
  });
}

export function saveAnswer(candidateId: number, criterionId: number, answer: string, selfScore: number | null) {
  return apiSend("PUT", `/api/candidates/${candidateId}/self-assessment/${criterionId}`, { answer, selfScore });
}

export function uploadEvidence(candidateId: number, file: File, criterionId?: number) {
  return apiUpload<One<{ id: number; fileId: string }>>(`/api/candidates/${candidateId}/evidence`, file, {
    criterionId,
  });
}

export type ScoresBody = {
  scores: Array<{ criterionId: number; score: number; note?: string | null }>;
  interview?: Interview;
};

export function saveScores(candidateId: number, body: ScoresBody) {
  return apiSend("PUT", `/api/candidates/${candidateId}/scores`, body);
}
