import { RESULT_SORTS } from "../../../../domain/evaluation/api";
import { TAHAPS, type Tahap } from "../../../../domain/evaluation/ranking";
import type { ResultSort } from "../../api/evaluations";

// Search parameters of the evaluation pages, validated like routes/search.ts: a stale or hand-edited
// link still opens the page, bad values are simply dropped.

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

/** /evaluasi/3?tab=asesor */
export const ROUND_TABS = ["peserta", "asesor", "pratinjau"] as const;
export type RoundTab = (typeof ROUND_TABS)[number];
export type RoundSearch = { tab?: RoundTab; page?: number };

export function validateRoundSearch(search: Record<string, unknown>): RoundSearch {
  const tab = text(search.tab);
  const page = positiveInt(search.page);
  return { tab: ROUND_TABS.find((t) => t === tab), page: page === 1 ? undefined : page };
}

/** /evaluasi/wilayah/12?tab=nilai */
export const EVALUATION_TABS = ["mandiri", "nilai", "hasil"] as const;
export type EvaluationTab = (typeof EVALUATION_TABS)[number];
export type EvaluationSearch = { tab?: EvaluationTab };

export function validateEvaluationSearch(search: Record<string, unknown>): EvaluationSearch {
  const tab = text(search.tab);
  return { tab: EVALUATION_TABS.find((t) => t === tab) };
}

/** /evaluasi/hasil?year=2024&tahap=I&province=32&cohort=3&sort=-index&page=2 */
export type ResultsSearch = {
  year?: number;
  tahap?: Tahap;
  province?: string;
  cohort?: number;
  sort?: ResultSort;
  page?: number;
};

export function validateResultsSearch(search: Record<string, unknown>): ResultsSearch {
  const year = positiveInt(search.year);
  const tahap = text(search.tahap);
  const province = text(search.province);
  const sort = text(search.sort);
  const page = positiveInt(search.page);
  return {
    year: year && year >= 2017 && year <= 2100 ? year : undefined,
    tahap: TAHAPS.find((t) => t === tahap),
    province: province && /^\d{2}$/.test(province) ? province : undefined,
    cohort: positiveInt(search.cohort),
    sort: sort === "rank" ? undefined : RESULT_SORTS.find((s) => s === sort),
    page: page === 1 ? undefined : page,
  };
}
