import { queryOptions } from "@tanstack/react-query";
import type { CohortDocumentsOut } from "../../../domain/cohort-documents";
import type { DocumentLinkOut } from "../../../domain/documents";
import { apiGet, apiSend, apiUpload } from "./client";
import type { One } from "./types";

/** The official books of a plan with their download addresses; public only for an enacted plan. */
export function planDocumentsQuery(planId: number) {
  return queryOptions({
    queryKey: ["masterplans", planId, "documents"],
    queryFn: ({ signal }) =>
      apiGet<{ data: DocumentLinkOut[]; can: { download: boolean } }>(
        `/api/masterplans/${planId}/documents`,
        {},
        signal,
      ),
  });
}

/** What the caller may download of a cohort: the result letter and the MoU summaries. */
export function cohortDocumentsQuery(cohortId: number) {
  return queryOptions({
    queryKey: ["cohorts", cohortId, "documents"],
    queryFn: ({ signal }) => apiGet<One<CohortDocumentsOut>>(`/api/cohorts/${cohortId}/documents`, {}, signal),
    select: (body) => body.data,
  });
}

export type RegionEmblem = {
  data: {
    url: string;
    fileName: string;
    type: "png" | "jpg";
    size: number;
    width: number;
    height: number;
    updatedAt: string;
  } | null;
  can: { update: boolean };
};

/** A region's emblem (or null) and whether the caller may change it. */
export function regionEmblemQuery(code: string) {
  return queryOptions({
    queryKey: ["regions", "emblem", code],
    queryFn: ({ signal }) => apiGet<RegionEmblem>(`/api/regions/${encodeURIComponent(code)}/emblem`, {}, signal),
  });
}

export function uploadRegionEmblem(code: string, file: File) {
  return apiUpload<RegionEmblem>(`/api/regions/${encodeURIComponent(code)}/emblem`, file);
}

export function removeRegionEmblem(code: string) {
  return apiSend("DELETE", `/api/regions/${encodeURIComponent(code)}/emblem`);
}
