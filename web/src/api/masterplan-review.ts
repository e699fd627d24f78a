import { queryOptions } from "@tanstack/react-query";
import type {
  CommentTarget,
  CommentThreadOut,
  HistoryEventOut,
  ImportRowIssue,
} from "../../../domain/masterplan-review";
import { ApiError, apiGet, apiSend, apiUpload } from "./client";
import type { One, Page } from "./types";

export type CommentFilter = { targetType?: CommentTarget; targetId?: string };
export type CommentList = { data: CommentThreadOut[]; can: { create: boolean } };
export type HistoryFilter = { entityType?: string; entityId?: string };
export type ImportResult = { imported: number; programIds: number[] };

const plan = (id: number) => `/api/masterplans/${id}`;

/** The comment threads of a plan, oldest first; without a target, every thread of the plan (for the counts). */
export function commentsQuery(planId: number, filter: CommentFilter = {}) {
  return queryOptions({
    queryKey: ["masterplans", "comments", planId, filter],
    queryFn: ({ signal }) => apiGet<CommentList>(`${plan(planId)}/comments`, filter, signal),
    staleTime: 0,
  });
}

/** Open threads per "targetType:targetId", from the one unfiltered list of the plan. */
export function openThreadCounts(list: CommentList): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of list.data) {
    if (t.resolvedAt) continue;
    const key = `${t.targetType}:${t.targetId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export const createComment = (
  planId: number,
  input: { targetType: CommentTarget; targetId: string; body: string; parentId?: number },
) => apiSend<One<CommentThreadOut>>("POST", `${plan(planId)}/comments`, input);

export const settleComment = (commentId: number, action: "resolve" | "reopen") =>
  apiSend<One<CommentThreadOut>>("POST", `/api/comments/${commentId}/${action}`);

/** Who changed what in a plan and its objects, newest first. */
export function historyQuery(planId: number, filter: HistoryFilter, page = 1, pageSize = 20) {
  return queryOptions({
    queryKey: ["masterplans", "history", planId, filter, page, pageSize],
    queryFn: ({ signal }) =>
      apiGet<Page<HistoryEventOut>>(`${plan(planId)}/history`, { ...filter, page, pageSize }, signal),
    staleTime: 0,
  });
}

/** The XLSX template with the plan's codes and OPDs; a plain link, the session cookie goes along. */
export const programTemplateUrl = (planId: number) => `${plan(planId)}/programs/template.xlsx`;

export const importPrograms = (planId: number, file: File) =>
  apiUpload<One<ImportResult>>(`${plan(planId)}/programs/import`, file);

/** The row problems of a 422 import_invalid answer; empty for any other error. */
export function importIssues(error: unknown): ImportRowIssue[] {
  if (!(error instanceof ApiError) || error.code !== "import_invalid") return [];
  const rows = (error.details as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? (rows as ImportRowIssue[]) : [];
}
