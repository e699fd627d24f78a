import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  DatasetMeta,
  DatasetPublicationOut,
  DatasetSearch,
  Facet,
  FacetName,
} from "../../../domain/open-data/dataset";
import type { ColumnDef } from "../../../domain/open-data/kinds";
import { apiGet, apiSend } from "./client";

export type { DatasetMeta, Facet, FacetName };
export type DatasetPublication = z.infer<typeof DatasetPublicationOut>;

/** What /data asks the search for: the contract's filters, all optional. */
export type DatasetFilter = Partial<Omit<DatasetSearch, "modifiedSince">>;

export type DatasetSearchResult = {
  data: DatasetMeta[];
  meta: { total: number; start: number; rows: number };
  facets: Partial<Record<FacetName, Facet>>;
};

export type DatasetPreview = { columns: ColumnDef[]; rows: Record<string, unknown>[]; total: number };

/** Published datasets matching a search, with facet counts over the whole result. */
export function datasetSearchQuery(filter: DatasetFilter) {
  return queryOptions({
    queryKey: ["open-data", "search", filter],
    queryFn: ({ signal }) => apiGet<DatasetSearchResult>("/api/public/datasets", filter, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** One published dataset by id or name. */
export function datasetQuery(idOrName: string) {
  return queryOptions({
    queryKey: ["open-data", "dataset", idOrName],
    queryFn: ({ signal }) =>
      apiGet<{ data: DatasetMeta }>(`/api/public/datasets/${encodeURIComponent(idOrName)}`, {}, signal),
    select: (body) => body.data,
    staleTime: 30_000,
  });
}

/** The first rows of a dataset, for the preview table and the chart. */
export function datasetPreviewQuery(id: string, limit = 50) {
  return queryOptions({
    queryKey: ["open-data", "preview", id, limit],
    queryFn: ({ signal }) =>
      apiGet<{ data: DatasetPreview }>(`/api/public/datasets/${encodeURIComponent(id)}/preview`, { limit }, signal),
    select: (body) => body.data,
    staleTime: 30_000,
  });
}

/** A region's datasets as its walidata sees them (published or not), or the national ones for the admin. */
export function publicationsQuery(scope: { region: string } | "national") {
  const path =
    scope === "national" ? "/api/national-datasets" : `/api/regions/${encodeURIComponent(scope.region)}/datasets`;
  return queryOptions({
    queryKey: ["open-data", "publications", scope === "national" ? "national" : scope.region],
    queryFn: ({ signal }) => apiGet<{ data: DatasetPublication[] }>(path, {}, signal),
    select: (body) => body.data,
  });
}

/** Publishes (or republishes) a dataset; `version` is the one the person saw (409 when it moved on). */
export function publishDataset(id: string, version: number) {
  return apiSend<{ data: DatasetPublication }>("POST", `/api/datasets/${encodeURIComponent(id)}/publish`, { version });
}

/** Withdraws a published dataset from /data, the CKAN API and the catalogue. */
export function withdrawDataset(id: string, version: number) {
  return apiSend<{ data: DatasetPublication }>("POST", `/api/datasets/${encodeURIComponent(id)}/withdraw`, {
    version,
  });
}
