import { queryOptions } from "@tanstack/react-query";
import type { RegionDetail, RegionSummary, RegionType } from "../../../domain/regions";
import { apiGet } from "./client";
import type { One, Page } from "./types";

export type RegionFilters = { q?: string; province?: string; type?: RegionType; page?: number; pageSize?: number };

/** One page of regions matching the filters. */
export function regionListQuery(filters: RegionFilters) {
  return queryOptions({
    queryKey: ["regions", "list", filters],
    queryFn: ({ signal }) => apiGet<Page<RegionSummary>>("/api/regions", filters, signal),
  });
}

/** All provinces, for the province filter (38 today; the page size leaves room). */
export function provincesQuery() {
  return queryOptions({
    queryKey: ["regions", "provinces"],
    queryFn: ({ signal }) => apiGet<Page<RegionSummary>>("/api/regions", { type: "provinsi", pageSize: 100 }, signal),
    select: (page) => page.data,
  });
}

/** How many regions of a type exist; only the total of a one-row page is read. */
export function regionCountQuery(type: RegionType) {
  return queryOptions({
    queryKey: ["regions", "count", type],
    queryFn: ({ signal }) => apiGet<Page<RegionSummary>>("/api/regions", { type, pageSize: 1 }, signal),
    select: (page) => page.total,
  });
}

/** One region with its counts. */
export function regionQuery(code: string) {
  return queryOptions({
    queryKey: ["regions", "detail", code],
    queryFn: ({ signal }) => apiGet<One<RegionDetail>>(`/api/regions/${encodeURIComponent(code)}`, {}, signal),
    select: (body) => body.data,
  });
}
