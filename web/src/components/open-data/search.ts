import { DISTRIBUTION_FORMATS, type DistributionFormat } from "../../../../domain/open-data/dataset";
import { DATASET_KINDS, type DatasetKind } from "../../../../domain/open-data/kinds";
import type { DatasetFilter } from "../../api/open-data";
import { pageOf, text } from "../../routes/search";

/**
 * /data's search as kept in the URL, in Indonesian words so a shared link reads well:
 * /data?q=anggaran&wilayah=32.79&provinsi=32&dimensi=governance&tema=REGI&format=CSV&jenis=program_budgets&halaman=2.
 * One value per facet (the API filters on one); defaults are left out.
 */
export type DataSearch = {
  q?: string;
  /** Publisher: a region code, or "kementerian". */
  wilayah?: string;
  provinsi?: string;
  dimensi?: string;
  tema?: string;
  format?: DistributionFormat;
  jenis?: DatasetKind;
  /** Sort: absent = most recently modified first. */
  urutan?: "judul";
  halaman?: number;
};

export const PAGE_SIZE = 20;

/** The facets /data shows, in order, with the URL word of each. */
export const FACET_PARAMS = [
  ["publisher", "wilayah"],
  ["province", "provinsi"],
  ["kind", "jenis"],
  ["dimension", "dimensi"],
  ["theme", "tema"],
  ["format", "format"],
] as const satisfies ReadonlyArray<readonly [string, keyof DataSearch]>;

function matching(value: unknown, pattern: RegExp): string | undefined {
  const v = text(value);
  return v && pattern.test(v) ? v : undefined;
}

// A hand-edited or stale link must still open the page: bad values are dropped, not reported.
export function validateDataSearch(search: Record<string, unknown>): DataSearch {
  const format = text(search.format)?.toUpperCase();
  const jenis = text(search.jenis);
  return {
    q: text(search.q),
    wilayah: matching(search.wilayah, /^(\d{2}(\.\d{2})?|kementerian)$/),
    provinsi: matching(search.provinsi, /^\d{2}$/),
    dimensi: matching(search.dimensi, /^[a-z0-9_-]{1,40}$/),
    tema: matching(search.tema, /^[A-Z]{2,10}$/),
    format: DISTRIBUTION_FORMATS.find((f) => f === format),
    jenis: DATASET_KINDS.find((k) => k === jenis),
    urutan: text(search.urutan) === "judul" ? "judul" : undefined,
    halaman: pageOf(search.halaman),
  };
}

/** The API's search for the URL's. */
export function filterOf(search: DataSearch): DatasetFilter {
  const page = search.halaman ?? 1;
  return {
    q: search.q,
    publisher: search.wilayah,
    province: search.provinsi,
    dimension: search.dimensi,
    theme: search.tema,
    format: search.format,
    kind: search.jenis,
    sort: search.urutan === "judul" ? "title_asc" : "modified_desc",
    start: (page - 1) * PAGE_SIZE,
    rows: PAGE_SIZE,
  };
}

/** Whether the year and value columns of a dataset allow a chart by year. */
export const YEAR_COLUMNS = ["tahun", "tahun_angkatan"] as const;
