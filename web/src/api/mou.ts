import { queryOptions } from "@tanstack/react-query";
import type { MouInput, MouMode, MouOut } from "../../../domain/mou";
import { apiGet, apiSend, apiUpload } from "./client";
import type { One } from "./types";

export function mouQuery(candidateId: number, enabled = true) {
  return queryOptions({
    queryKey: ["candidates", "mou", candidateId],
    queryFn: ({ signal }) => apiGet<One<MouOut>>(`/api/candidates/${candidateId}/mou`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
    enabled,
  });
}

export function saveMou(candidateId: number, input: MouInput) {
  return apiSend<One<MouOut>>("PUT", `/api/candidates/${candidateId}/mou`, input);
}

export function uploadMouScan(candidateId: number, file: File) {
  return apiUpload<One<MouOut>>(`/api/candidates/${candidateId}/mou/scan`, file);
}

export type CeremonyBody = {
  signedOn: string;
  mode: MouMode;
  place?: string;
  ministrySignatoryName: string;
  ministrySignatoryPosition: string;
  ministrySignatoryNip?: string;
  candidateIds: number[];
  numbers?: Array<{
    candidateId: number;
    ministryNumber?: string;
    regionNumber?: string;
    regionSignatoryName?: string;
    regionSignatoryPosition?: string;
  }>;
};

export function recordCeremony(cohortId: number, body: CeremonyBody) {
  return apiSend<{ data: MouOut[] }>("POST", `/api/cohorts/${cohortId}/mou-ceremony`, body);
}
