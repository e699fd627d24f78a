import { queryOptions } from "@tanstack/react-query";
import type { MapRegion, PublicFigures } from "../../../domain/public-map";
import { apiGet } from "./client";

/** Every province and kab/kota with its GMSC status, cohort year and published index. */
export function mapStatusQuery() {
  return queryOptions({
    queryKey: ["public", "map"],
    queryFn: ({ signal }) => apiGet<{ data: MapRegion[] }>("/api/public/map", {}, signal),
    select: (body) => body.data,
    staleTime: 60_000,
  });
}

/** The home page's national figures. */
export function publicFiguresQuery() {
  return queryOptions({
    queryKey: ["public", "figures"],
    queryFn: ({ signal }) => apiGet<{ data: PublicFigures }>("/api/public/figures", {}, signal),
    select: (body) => body.data,
    staleTime: 60_000,
  });
}

export type GeoLayer = {
  type: "FeatureCollection";
  features: { id: string; properties: { code: string; name: string }; geometry: unknown }[];
};

/** A boundary layer built by scripts/build-geo.mjs and served from web/public/geo. */
export function geoLayerQuery(file: "kabupaten-kota" | "provinsi") {
  return queryOptions({
    queryKey: ["geo", file],
    queryFn: async ({ signal }) => {
      const res = await fetch(`/geo/${file}.json`, { signal });
      if (!res.ok) throw new Error(`geo ${file}: ${res.status}`);
      return (await res.json()) as GeoLayer;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
