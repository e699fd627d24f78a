import { FUNDING_SOURCES, type FundingSource } from "../../../domain/masterplan";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import type { Figure } from "../model";
import { drawFigure } from "./draw";
import { FIGURE_WIDTH, GRID, LABEL, OUTLINE, PALETTE, rupiahAxis, rupiahAxisName, SMALL } from "./style";

/** Legend labels of the funding sources, as the budget table of the books names them (short). */
export const SOURCE_LABELS: Record<FundingSource, string> = {
  APBD: "APBD",
  APBN: "APBN",
  CSR: "CSR",
  KPBU: "KPBU",
  LAINNYA: "Sumber lain yang sah",
};

/**
 * Indicative budget per year of the plan's period, stacked by funding source, with a legend of
 * the sources used. Null when no budget falls in the period.
 */
export function budgetByYearFigure(pp: Pick<PrintPlan, "plan" | "programs">, caption: string): Figure | null {
  const { periodStart, periodEnd } = pp.plan;
  const years = Array.from({ length: periodEnd - periodStart + 1 }, (_, i) => periodStart + i);
  const amounts = new Map<FundingSource, number[]>(FUNDING_SOURCES.map((s) => [s, years.map(() => 0)]));
  for (const p of pp.programs)
    for (const b of p.budgets) {
      const row = amounts.get(b.source);
      const i = b.year - periodStart;
      if (row && i >= 0 && i < row.length) row[i] = (row[i] ?? 0) + b.amount;
    }
  const used = FUNDING_SOURCES.filter((s) => amounts.get(s)?.some((v) => v > 0));
  if (!used.length) return null;
  const max = Math.max(...years.map((_, i) => used.reduce((s, src) => s + (amounts.get(src)?.[i] ?? 0), 0)));
  return drawFigure(
    {
      legend: { bottom: 0, itemWidth: 14, itemHeight: 9, textStyle: LABEL, data: used.map((s) => SOURCE_LABELS[s]) },
      grid: { left: 62, right: 12, top: 12, bottom: 58 },
      xAxis: {
        type: "category",
        data: years.map(String),
        name: "Tahun",
        nameLocation: "middle",
        nameGap: 20,
        nameTextStyle: LABEL,
        axisLabel: { ...SMALL, interval: 0, rotate: years.length > 12 ? 45 : 0 },
        axisTick: { alignWithLabel: true },
        axisLine: { lineStyle: { color: OUTLINE } },
      },
      yAxis: {
        type: "value",
        name: rupiahAxisName(max),
        nameLocation: "middle",
        nameGap: 48,
        nameTextStyle: LABEL,
        axisLabel: { ...SMALL, formatter: rupiahAxis(max) },
        splitLine: { lineStyle: { color: GRID } },
      },
      series: used.map((s) => ({
        type: "bar" as const,
        name: SOURCE_LABELS[s],
        stack: "anggaran",
        barMaxWidth: 28,
        data: amounts.get(s) ?? [],
        itemStyle: { color: PALETTE[FUNDING_SOURCES.indexOf(s)], borderColor: OUTLINE, borderWidth: 0.5 },
      })),
    },
    { caption, width: FIGURE_WIDTH, height: 250 },
  );
}
