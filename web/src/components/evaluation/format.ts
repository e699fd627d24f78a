import { useTranslation } from "react-i18next";
import { formatDecimal, formatNumber, useLanguage } from "../../i18n/format";

/** Scores and ranks as the ministry announces them: "3,10", "+0,35 (+12,7%)", "2 dari 48". */
export function useScoreFormat() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const none = t("common.notAvailable");
  const signed = (v: number, digits: number) =>
    `${v > 0 ? "+" : v < 0 ? "−" : "±"}${formatDecimal(Math.abs(v), lang, digits)}`;
  return {
    score: (v: number | null | undefined) => (v === null || v === undefined ? none : formatDecimal(v, lang, 2)),
    percent: (v: number | null | undefined) => (v === null || v === undefined ? none : `${formatDecimal(v, lang, 1)}%`),
    improvement: (abs: number | null | undefined, pct?: number | null) => {
      if (abs === null || abs === undefined) return none;
      return pct === null || pct === undefined ? signed(abs, 2) : `${signed(abs, 2)} (${signed(pct, 1)}%)`;
    },
    rank: (rank: number | null | undefined, total?: number) => {
      if (rank === null || rank === undefined) return t("evaluation.unranked");
      return total === undefined
        ? formatNumber(rank, lang)
        : t("evaluation.rankOf", { rank: formatNumber(rank, lang), total: formatNumber(total, lang) });
    },
  };
}
