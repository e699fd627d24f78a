import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { FrameworkCan, FrameworkDetail, FrameworkSummary } from "../../../domain/framework/schemas";
import type { FrameworkDef } from "../../../domain/framework/types";
import { apiGet, apiSend } from "./client";
import type { Page } from "./types";

/** A framework with what the caller may do with it. */
export type FrameworkWithCan = { data: FrameworkDetail; can: z.infer<typeof FrameworkCan> };

const FRAMEWORKS_KEY = ["frameworks"] as const;

/** The registered frameworks (few; one page holds them all). */
export function frameworkListQuery() {
  return queryOptions({
    queryKey: ["frameworks", "list"],
    queryFn: ({ signal }) => apiGet<Page<FrameworkSummary>>("/api/frameworks", { pageSize: 100 }, signal),
    select: (page) => page.data,
  });
}

/** A framework with its dimensions, elements, stages and deliverables. */
export function frameworkQuery(id: number) {
  return queryOptions({
    queryKey: ["frameworks", "detail", id],
    queryFn: ({ signal }) => apiGet<FrameworkWithCan>(`/api/frameworks/${id}`, {}, signal),
    select: (body) => body.data,
  });
}

/** The same framework with the caller's abilities (`can`), for the editor. */
export function frameworkWithCanQuery(id: number) {
  return queryOptions({
    queryKey: ["frameworks", "detail", id],
    queryFn: ({ signal }) => apiGet<FrameworkWithCan>(`/api/frameworks/${id}`, {}, signal),
  });
}

/** The framework a new cohort would use: the one marked default, else the first. */
export function defaultFramework(frameworks: FrameworkSummary[]): FrameworkSummary | undefined {
  return frameworks.find((f) => f.isDefault) ?? frameworks[0];
}

/** The frameworks a new cohort may take: published only, the default first. */
export function selectableFrameworks(frameworks: FrameworkSummary[]): FrameworkSummary[] {
  return frameworks
    .filter((f) => f.status === "published")
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || b.id - a.id);
}

export type FrameworkCopy = { copyOf: number; code: string; version: string; name: string };

/** A new draft, as a copy of another framework or from a whole definition. */
export function useCreateFramework() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FrameworkCopy | FrameworkDef) => apiSend<FrameworkWithCan>("POST", "/api/frameworks", input),
    onSuccess: (body) => {
      client.setQueryData(["frameworks", "detail", body.data.id], body);
      return client.invalidateQueries({ queryKey: [...FRAMEWORKS_KEY, "list"] });
    },
  });
}

/** Saves the whole definition, checked against the revision read (409 when stale or in use). */
export function useUpdateFramework(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FrameworkDef & { revision: number }) =>
      apiSend<FrameworkWithCan>("PATCH", `/api/frameworks/${id}`, input),
    onSuccess: (body) => {
      client.setQueryData(["frameworks", "detail", id], body);
      return client.invalidateQueries({ queryKey: [...FRAMEWORKS_KEY, "list"] });
    },
  });
}

/** Publishes a draft or retires a published framework. */
export function useTransitionFramework(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { action: "publish" | "retire"; revision: number }) =>
      apiSend<FrameworkWithCan>("POST", `/api/frameworks/${id}/${input.action}`, { revision: input.revision }),
    onSuccess: (body) => {
      client.setQueryData(["frameworks", "detail", id], body);
      return client.invalidateQueries({ queryKey: FRAMEWORKS_KEY });
    },
  });
}
