import { REGION_TYPES, type RegionType } from "../../../domain/regions";

/** Filters of the region list as kept in the URL: /wilayah?q=banjar&province=32&type=kota&page=2. */
export type RegionSearch = { q?: string; province?: string; type?: RegionType; page?: number };

/** Filters of the framework page: /kerangka?id=2 (absent = the default framework). */
export type FrameworkSearch = { id?: number };

function text(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed.slice(0, 100);
}

function positiveInt(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

// A hand-edited or stale link must still open the page: bad values are dropped, not reported.
export function validateRegionSearch(search: Record<string, unknown>): RegionSearch {
  const province = text(search.province);
  const type = text(search.type);
  const page = positiveInt(search.page);
  return {
    q: text(search.q),
    province: province && /^\d{2}$/.test(province) ? province : undefined,
    type: REGION_TYPES.find((t) => t === type),
    page: page === 1 ? undefined : page,
  };
}

export function validateFrameworkSearch(search: Record<string, unknown>): FrameworkSearch {
  return { id: positiveInt(search.id) };
}

// Flat key=value search strings. The router's default JSON encoding would turn province "32" into %2232%22,
// and the links people share (/wilayah?province=32) must stay readable.
export function parseSearch(searchStr: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  const str = params.toString();
  return str ? `?${str}` : "";
}
