import { queryOptions } from "@tanstack/react-query";
import type { OpdCreate, OpdOut, OpdUpdate } from "../../../domain/opd";
import { apiGet, apiSend } from "./client";
import type { One } from "./types";

export type OpdList = { data: OpdOut[]; can: { create: boolean } };

/** The OPD of a region, inactive ones included; 404 when the region is outside the person's scope. */
export function opdListQuery(regionCode: string) {
  return queryOptions({
    queryKey: ["opds", regionCode],
    queryFn: ({ signal }) =>
      apiGet<OpdList>(`/api/regions/${encodeURIComponent(regionCode)}/opds`, { includeInactive: "true" }, signal),
    staleTime: 0,
  });
}

export function createOpd(regionCode: string, input: OpdCreate) {
  return apiSend<One<OpdOut>>("POST", `/api/regions/${encodeURIComponent(regionCode)}/opds`, input);
}

export function addStarterOpds(regionCode: string) {
  return apiSend<{ data: OpdOut[]; added: number }>(
    "POST",
    `/api/regions/${encodeURIComponent(regionCode)}/opds/starter`,
  );
}

export function updateOpd(id: number, changes: OpdUpdate) {
  return apiSend<One<OpdOut>>("PATCH", `/api/opds/${id}`, changes);
}
