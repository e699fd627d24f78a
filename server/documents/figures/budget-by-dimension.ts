import { budgetByDimension } from "../../../domain/masterplan";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import type { Figure } from "../model";
import { drawFigure } from "./draw";
import {
  categoryAxis,
  FIGURE_WIDTH,
  fitText,
  GRID,
  LABEL,
  labelledBars,
  rupiahAxis,
  rupiahAxisName,
  rupiahLong,
  SMALL,
} from "./style";

const LABEL_WIDTH = 120;

/**
 * Indicative budget by dimension as horizontal bars, each labelled with its amount; every
 * dimension of the framework is listed (a dimension without budget shows "Rp 0"). Null when
 * no program has a budget.
 */
export function budgetByDimensionFigure(
  pp: Pick<PrintPlan, "programs" | "dimensions">,
  caption: string,
): Figure | null {
  const totals = budgetByDimension(pp.programs);
  const rows = pp.dimensions.map((d) => ({ name: d.nameId, amount: totals[d.code] ?? 0 }));
  const max = Math.max(0, ...rows.map((r) => r.amount));
  if (max <= 0) return null;
  const height = 60 + rows.length * 26;
  return drawFigure(
    {
      grid: { left: LABEL_WIDTH + 8, right: 90, top: 8, bottom: 40 },
      xAxis: {
        type: "value",
        name: rupiahAxisName(max),
        nameLocation: "middle",
        nameGap: 22,
        nameTextStyle: LABEL,
        axisLabel: { ...SMALL, formatter: rupiahAxis(max) },
        splitLine: { lineStyle: { color: GRID } },
      },
      yAxis: categoryAxis(rows.map((r) => fitText(r.name, LABEL_WIDTH))),
      series: [
        labelledBars(
          rows.map((r) => r.amount),
          (v) => rupiahLong(v),
        ),
      ],
    },
    { caption, width: FIGURE_WIDTH, height },
  );
}
