import { queryOptions } from "@tanstack/react-query";
import type {
  DeliverableAction,
  DeliverableOut,
  DeliverableReviewOut,
  StageMode,
  StageOut,
} from "../../../domain/bimtek";
import { apiGet, apiSend, apiUpload } from "./client";
import type { One } from "./types";

/** The Bimtek stages of a selected region, in order (empty for a region that was not selected). */
export function stagesQuery(candidateId: number, enabled = true) {
  return queryOptions({
    queryKey: ["candidates", "stages", candidateId],
    queryFn: ({ signal }) => apiGet<{ data: StageOut[] }>(`/api/candidates/${candidateId}/stages`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
    enabled,
  });
}

export type StageChanges = {
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
  mode?: StageMode | null;
  venue?: string | null;
  version: number;
};

export function updateStage(id: number, changes: StageChanges) {
  return apiSend<One<StageOut>>("PATCH", `/api/stages/${id}`, changes);
}

export type AttendanceRow = { opdId: number; participants: number; attended: boolean };

export function saveAttendance(stageId: number, rows: AttendanceRow[]) {
  return apiSend<unknown>("PUT", `/api/stages/${stageId}/attendance`, rows);
}

export function closeStage(id: number) {
  return apiSend<One<StageOut>>("POST", `/api/stages/${id}/close`);
}

export function updateDeliverable(
  id: number,
  changes: { link?: string | null; note?: string | null; version: number },
) {
  return apiSend<One<DeliverableOut>>("PATCH", `/api/deliverables/${id}`, changes);
}

export function uploadDeliverableFile(id: number, file: File) {
  return apiUpload<One<DeliverableOut>>(`/api/deliverables/${id}/file`, file);
}

export function actOnDeliverable(id: number, action: DeliverableAction, comment?: string) {
  return apiSend<One<DeliverableOut>>("POST", `/api/deliverables/${id}/actions`, {
    action,
    ...(comment ? { comment } : {}),
  });
}

export function reviewsQuery(deliverableId: number, enabled: boolean) {
  return queryOptions({
    queryKey: ["deliverables", "reviews", deliverableId],
    queryFn: ({ signal }) =>
      apiGet<{ data: DeliverableReviewOut[] }>(`/api/deliverables/${deliverableId}/reviews`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
    enabled,
  });
}
