import { queryOptions } from "@tanstack/react-query";
import type { PublicRegionOut } from "../../../domain/public-region";
import { apiGet } from "./client";

export type { PublicRegionOut };

/** What anyone may read of a region: participation, enacted plan, progress, published evaluation. */
export function publicRegionQuery(code: string) {
  return queryOptions({
    queryKey: ["public", "region", code],
    queryFn: ({ signal }) =>
      apiGet<{ data: PublicRegionOut }>(`/api/public/regions/${encodeURIComponent(code)}`, {}, signal),
    select: (body) => body.data,
    staleTime: 60_000,
  });
}
