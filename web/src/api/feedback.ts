import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  FeedbackFollowOut,
  FeedbackQueueItem,
  FeedbackQueueQuery,
  FeedbackSentOut,
  FeedbackSubjectKind,
  PublicFeedbackList,
  SendFeedback,
} from "../../../domain/feedback";
import { apiGet, apiSend, apiSendForm } from "./client";
import type { One } from "./types";

export type { FeedbackQueueItem };
export type PublicFeedbackListOut = z.infer<typeof PublicFeedbackList>;
export type FeedbackFollow = z.infer<typeof FeedbackFollowOut>["data"];
export type FeedbackSent = z.infer<typeof FeedbackSentOut>["data"];
export type FeedbackQueueStatus = z.infer<typeof FeedbackQueueQuery>["status"];
export type FeedbackQueueOut = {
  data: FeedbackQueueItem[];
  meta: { page: number; pageSize: number; total: number };
  counts: { pending: number; open: number };
};

const region = (code: string) => encodeURIComponent(code);

/** Key roots, so a sent or moderated feedback can refresh every list of the region at once. */
export const feedbackKeys = {
  publicAll: (code: string) => ["public", "feedback", code] as const,
  queueAll: (code: string) => ["feedback", "queue", code] as const,
};

/** The published feedback of a region, optionally of one program or quick win, with the counts per subject. */
export function publicFeedbackQuery(
  code: string,
  params: { page?: number; pageSize?: number; subjectKind?: FeedbackSubjectKind; subjectId?: number } = {},
) {
  return queryOptions({
    queryKey: [...feedbackKeys.publicAll(code), params],
    queryFn: ({ signal }) =>
      apiGet<PublicFeedbackListOut>(`/api/public/regions/${region(code)}/feedback`, params, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The sender's private page, reached only through the token they received. */
export function feedbackFollowQuery(token: string) {
  return queryOptions({
    queryKey: ["public", "feedback-follow", token],
    queryFn: ({ signal }) =>
      apiGet<One<FeedbackFollow>>(`/api/public/feedback/follow/${encodeURIComponent(token)}`, {}, signal),
    select: (body) => body.data,
    staleTime: 30_000,
  });
}

/** Sends a feedback as multipart/form-data: the text fields first, the optional photo last. */
export function sendFeedback(code: string, fields: SendFeedback, photo: File | null) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, String(value ?? ""));
  if (photo) form.append("photo", photo);
  return apiSendForm<z.infer<typeof FeedbackSentOut>>(`/api/public/regions/${region(code)}/feedback`, form);
}

/** The region's moderation queue with the counts for the tabs. */
export function feedbackQueueQuery(
  code: string,
  params: { status: FeedbackQueueStatus; page: number; pageSize?: number },
) {
  return queryOptions({
    queryKey: [...feedbackKeys.queueAll(code), params],
    queryFn: ({ signal }) => apiGet<FeedbackQueueOut>(`/api/regions/${region(code)}/feedback`, params, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Only the counts of the queue (for the navigation badge): the smallest page. */
export function feedbackQueueCountQuery(code: string, enabled: boolean) {
  return queryOptions({
    queryKey: [...feedbackKeys.queueAll(code), "count"],
    queryFn: ({ signal }) =>
      apiGet<FeedbackQueueOut>(`/api/regions/${region(code)}/feedback`, { status: "pending", pageSize: 1 }, signal),
    select: (body) => body.counts.pending,
    enabled,
    staleTime: 60_000,
    refetchInterval: 120_000,
    retry: false,
  });
}

export type FeedbackActionInput =
  | { action: "publish"; version: number }
  | { action: "reject"; version: number; reason: string }
  | { action: "reply"; version: number; body: string }
  | { action: "forward"; version: number; opdId: number }
  | { action: "markHandled"; version: number };

const ACTION_PATHS: Record<FeedbackActionInput["action"], string> = {
  publish: "publish",
  reject: "reject",
  reply: "reply",
  forward: "forward",
  markHandled: "mark-handled",
};

/** One moderation step on a feedback, with the version it was read at (409 version_conflict otherwise). */
export function moderateFeedback(id: number, { action, ...body }: FeedbackActionInput) {
  return apiSend<One<FeedbackQueueItem>>("POST", `/api/feedback/${id}/${ACTION_PATHS[action]}`, body);
}
