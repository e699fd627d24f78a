import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import type { Figure } from "../model";
import { drawFigure } from "./draw";
import {
  categoryAxis,
  FIGURE_WIDTH,
  fitText,
  formatNumberId,
  formatScoreId,
  GRID,
  LABEL,
  labelledBars,
  SMALL,
} from "./style";

const LABEL_WIDTH = 120;

/**
 * The region's latest published evaluation by smart-city dimension, as horizontal bars on the
 * round's scale, labelled with the score; the index and the round in a note line. Only
 * published rounds ever reach `pp.facts.evaluation`. Null when there is none, or no dimension
 * has a score.
 */
export function evaluationByDimensionFigure(pp: Pick<PrintPlan, "facts">, caption: string): Figure | null {
  const e = pp.facts.evaluation;
  if (!e) return null;
  const rows = e.dimensions.filter((d) => d.score !== null);
  if (!rows.length) return null;
  const index = e.index === null ? "" : `Indeks ${formatScoreId(e.index, 2)} — `;
  return drawFigure(
    {
      grid: { left: LABEL_WIDTH + 8, right: 40, top: 8, bottom: 54 },
      xAxis: {
        type: "value",
        min: e.scale.min,
        max: e.scale.max,
        name: `Skor (skala ${formatNumberId(e.scale.min)}–${formatNumberId(e.scale.max)})`,
        nameLocation: "middle",
        nameGap: 20,
        nameTextStyle: LABEL,
        axisLabel: { ...SMALL, formatter: (v: number) => formatNumberId(v) },
        splitLine: { lineStyle: { color: GRID } },
      },
      yAxis: categoryAxis(rows.map((d) => fitText(d.nameId, LABEL_WIDTH))),
      series: [
        labelledBars(
          rows.map((d) => d.score),
          (v) => formatScoreId(v, 2),
        ),
      ],
      graphic: [
        {
          type: "text",
          left: 0,
          bottom: 2,
          style: { ...SMALL, text: `${index}${e.roundName} (Tahap ${e.tahap} ${e.year})` },
        },
      ],
    },
    { caption, width: FIGURE_WIDTH, height: 60 + rows.length * 26 + 20 },
  );
}
