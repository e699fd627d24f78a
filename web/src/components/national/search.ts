import { useNavigate, useRouterState } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import { text } from "../../routes/search";
import type { ColourMode } from "./colours";

/**
 * The national map's view as kept in the URL, so a shared link opens the same view and Back
 * undoes a change: /nasional?warna=tahun&provinsi=32&angkatan=2024&tampilan=tabel.
 * Defaults (colour by status, every province and cohort, the map) are left out of the URL.
 */
export type NationalMapSearch = {
  /** Colour mode: absent = status. */
  warna?: "tahun" | "indeks";
  /** Province code (two digits). */
  provinsi?: string;
  /** Cohort year. */
  angkatan?: number;
  /** absent = the map. */
  tampilan?: "tabel";
};

const MODE_OF = { tahun: "cohort", indeks: "index" } as const satisfies Record<string, ColourMode>;

/** The colour mode a search names. */
export const colourModeOf = (search: NationalMapSearch): ColourMode =>
  search.warna ? MODE_OF[search.warna] : "status";

/** The URL word of a colour mode (status is the default, so none). */
export const warnaOf = (mode: ColourMode): NationalMapSearch["warna"] =>
  mode === "cohort" ? "tahun" : mode === "index" ? "indeks" : undefined;

// A hand-edited or stale link must still open the page: bad values are dropped, not reported.
export function validateNationalMapSearch(search: Record<string, unknown>): NationalMapSearch {
  const warna = text(search.warna);
  const provinsi = text(search.provinsi);
  const angkatan = text(search.angkatan);
  return {
    warna: warna === "tahun" || warna === "indeks" ? warna : undefined,
    provinsi: provinsi && /^\d{2}$/.test(provinsi) ? provinsi : undefined,
    angkatan: angkatan && /^(19|20)\d{2}$/.test(angkatan) ? Number(angkatan) : undefined,
    tampilan: text(search.tampilan) === "tabel" ? "tabel" : undefined,
  };
}

/**
 * The national map's search params and a setter that pushes a history entry (so Back returns to
 * the previous view). Reads the location itself, so it works whether or not the route declares
 * validateSearch: validateNationalMapSearch.
 */
export function useNationalMapSearch(): [NationalMapSearch, (patch: Partial<NationalMapSearch>) => void] {
  const raw = useRouterState({ select: (s) => s.location.search as Record<string, unknown> });
  const search = useMemo(() => validateNationalMapSearch(raw), [raw]);
  const navigate = useNavigate();
  const update = useCallback(
    (patch: Partial<NationalMapSearch>) => {
      const next: NationalMapSearch = { ...validateNationalMapSearch(raw), ...patch };
      void navigate({ to: "/nasional", search: next as never, resetScroll: false });
    },
    [raw, navigate],
  );
  return [search, update];
}
