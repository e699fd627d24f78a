import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { InstrumentDef } from "../../../domain/instruments/editor";
import type { InstrumentCan, InstrumentDetail, InstrumentSummary } from "../../../domain/instruments/schemas";
import { apiGet, apiSend } from "./client";
import type { Page } from "./types";

/** A readiness instrument with what the caller may do with it. */
export type InstrumentWithCan = { data: InstrumentDetail; can: InstrumentCan };
type InstrumentPage = Page<InstrumentSummary> & { can: { create: boolean } };

const KEY = ["readiness-instruments"] as const;

/** The readiness instruments, newest first (few; one page holds them all), with whether the caller may add one. */
export function instrumentListQuery() {
  return queryOptions({
    queryKey: [...KEY, "list"],
    queryFn: ({ signal }) => apiGet<InstrumentPage>("/api/readiness-instruments", { pageSize: 100 }, signal),
  });
}

/** An instrument with its criteria and the caller's abilities. */
export function instrumentQuery(id: number) {
  return queryOptions({
    queryKey: [...KEY, "detail", id],
    queryFn: ({ signal }) => apiGet<InstrumentWithCan>(`/api/readiness-instruments/${id}`, {}, signal),
  });
}

/** The instruments a new cohort may take: published only, the newest (the server's default) first. */
export function selectableInstruments(instruments: InstrumentSummary[]): InstrumentSummary[] {
  return instruments.filter((i) => i.status === "published").sort((a, b) => b.id - a.id);
}

export type InstrumentCopy = { copyOf: number; code: string; version: string; name: string };

/** A new draft, as a copy of another instrument or from a whole definition. */
export function useCreateInstrument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InstrumentCopy | InstrumentDef) =>
      apiSend<InstrumentWithCan>("POST", "/api/readiness-instruments", input),
    onSuccess: (body) => {
      client.setQueryData([...KEY, "detail", body.data.id], body);
      return client.invalidateQueries({ queryKey: [...KEY, "list"] });
    },
  });
}

/** Saves the whole definition, checked against the revision read (409 when stale or in use). */
export function useUpdateInstrument(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InstrumentDef & { revision: number }) =>
      apiSend<InstrumentWithCan>("PATCH", `/api/readiness-instruments/${id}`, input),
    onSuccess: (body) => {
      client.setQueryData([...KEY, "detail", id], body);
      return client.invalidateQueries({ queryKey: [...KEY, "list"] });
    },
  });
}

/** Publishes a draft or retires a published instrument. */
export function useTransitionInstrument(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { action: "publish" | "retire"; revision: number }) =>
      apiSend<InstrumentWithCan>("POST", `/api/readiness-instruments/${id}/${input.action}`, {
        revision: input.revision,
      }),
    onSuccess: (body) => {
      client.setQueryData([...KEY, "detail", id], body);
      return client.invalidateQueries({ queryKey: KEY });
    },
  });
}
