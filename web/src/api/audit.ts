import { queryOptions } from "@tanstack/react-query";
import type { AuditEventOut } from "../../../domain/audit";
import { apiGet, apiUrl } from "./client";
import type { Page } from "./types";

export type AuditFilters = {
  region?: string;
  actor?: string;
  entityType?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

export function auditQuery(filters: AuditFilters) {
  return queryOptions({
    queryKey: ["audit", filters],
    queryFn: ({ signal }) => apiGet<Page<AuditEventOut>>("/api/audit-events", filters, signal),
    staleTime: 0,
  });
}

/** The CSV download of the same filters (every page). */
export function auditCsvUrl(filters: AuditFilters): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return apiUrl("/api/audit-events.csv", rest);
}
