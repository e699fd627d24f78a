import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  SchemeCan,
  SchemeCreate,
  SchemeDetail,
  SchemeUpdate,
  SchemeWeights,
} from "../../../domain/evaluation/scheme-editor";
import { apiGet, apiSend } from "./client";

/** A stored scheme with what the caller may do with it. */
export type SchemeWithCan = { data: SchemeDetail; can: z.infer<typeof SchemeCan> };
export type SchemeList = { data: SchemeDetail[]; can: { create: boolean } };
export type Weights = z.infer<typeof SchemeWeights>;
export type { SchemeCreate, SchemeDetail, SchemeUpdate };

const KEY = ["evaluation-schemes"] as const;

/** The schemes the person may see (drafts only for the program office), with whether they may make one. */
export function schemeListQuery() {
  return queryOptions({
    queryKey: [...KEY, "list"],
    queryFn: ({ signal }) => apiGet<SchemeList>("/api/evaluation-schemes", {}, signal),
    staleTime: 0,
  });
}

/** One scheme with its grid and the caller's abilities. */
export function schemeQuery(id: number) {
  return queryOptions({
    queryKey: [...KEY, "detail", id],
    queryFn: ({ signal }) => apiGet<SchemeWithCan>(`/api/evaluation-schemes/${id}`, {}, signal),
    staleTime: 0,
  });
}

// The round forms read the schemes under their own key: a change here must reach them too.
function useSettle() {
  const client = useQueryClient();
  return (body: SchemeWithCan) => {
    client.setQueryData([...KEY, "detail", body.data.id], body);
    return Promise.all([
      client.invalidateQueries({ queryKey: [...KEY, "list"] }),
      client.invalidateQueries({ queryKey: ["evaluations", "schemes"] }),
    ]);
  };
}

/** A new draft: the weights over a framework's grid, or a copy of another scheme. */
export function useCreateScheme() {
  const settle = useSettle();
  return useMutation({
    mutationFn: (input: SchemeCreate) => apiSend<SchemeWithCan>("POST", "/api/evaluation-schemes", input),
    onSuccess: settle,
  });
}

/** Saves the whole definition, checked against the revision read (409 when stale or in use). */
export function useUpdateScheme(id: number) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (input: SchemeUpdate) => apiSend<SchemeWithCan>("PATCH", `/api/evaluation-schemes/${id}`, input),
    onSuccess: settle,
  });
}

/** Publishes a draft or retires a published scheme. */
export function useTransitionScheme(id: number) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (input: { action: "publish" | "retire"; revision: number }) =>
      apiSend<SchemeWithCan>("POST", `/api/evaluation-schemes/${id}/${input.action}`, { revision: input.revision }),
    onSuccess: settle,
  });
}
