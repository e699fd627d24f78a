import { RESULT_SORTS } from "../../../../domain/evaluation/api";
import { TAHAPS, type Tahap } from "../../../../domain/evaluation/ranking";
import type { ResultSort } from "../../api/evaluations";
import { pageOf, positiveInt, text } from "../../routes/search";

// Search parameters of the evaluation pages, validated like routes/search.ts: a stale or hand-edited
// link still opens the page, bad values are simply dropped.

/** /evaluasi/3?tab=asesor */
export const ROUND_TABS = ["peserta", "asesor", "pratinjau"] as const;
export type RoundTab = (typeof ROUND_TABS)[number];
export type RoundSearch = { tab?: RoundTab; page?: number };

export function validateRoundSearch(search: Record<string, unknown>): RoundSearch {
  const tab = text(search.tab);
  return { tab: ROUND_TABS.find((t) => t === tab), page: pageOf(search.page) };
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
  return {
    year: year && year >= 2017 && year <= 2100 ? year : undefined,
    tahap: TAHAPS.find((t) => t === tahap),
    province: province && /^\d{2}$/.test(province) ? province : undefined,
    cohort: positiveInt(search.cohort),
    sort: sort === "rank" ? undefined : RESULT_SORTS.find((s) => s === sort),
    page: pageOf(search.page),
  };
}
