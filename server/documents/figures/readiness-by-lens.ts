import { LENSES, type Lens } from "../../../domain/assessment";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import type { Figure } from "../model";
import { drawFigure } from "./draw";
import { categoryAxis, FIGURE_WIDTH, formatScoreId, GRID, LABEL, labelledBars, SMALL } from "./style";

/** The lenses of the readiness instrument as the books name them. */
export const LENS_LABELS: Record<Lens, string> = {
  struktur: "Struktur",
  infrastruktur: "Infrastruktur",
  suprastruktur: "Suprastruktur",
  alam: "Alam",
  budaya: "Budaya",
};

/**
 * The region's readiness by lens (0–100) as horizontal bars labelled with the score, from the
 * cohort it was selected in; lenses the instrument does not have are left out. Null without a
 * readiness score.
 */
export function readinessByLensFigure(pp: Pick<PrintPlan, "facts">, caption: string): Figure | null {
  const r = pp.facts.readiness;
  if (!r) return null;
  const rows = LENSES.filter((l) => r.byLens[l] !== undefined).map((l) => ({ lens: l, score: r.byLens[l] ?? 0 }));
  if (!rows.length) return null;
  return drawFigure(
    {
      grid: { left: 84, right: 40, top: 8, bottom: 54 },
      xAxis: {
        type: "value",
        min: 0,
        max: 100,
        interval: 20,
        name: "Skor kesiapan (0–100)",
        nameLocation: "middle",
        nameGap: 20,
        nameTextStyle: LABEL,
        axisLabel: SMALL,
        splitLine: { lineStyle: { color: GRID } },
      },
      yAxis: categoryAxis(rows.map((x) => LENS_LABELS[x.lens])),
      series: [
        labelledBars(
          rows.map((x) => Math.round(x.score * 10) / 10),
          (v) => formatScoreId(v, 1),
        ),
      ],
      graphic: [
        {
          type: "text",
          left: 0,
          bottom: 2,
          style: {
            ...SMALL,
            text: `Skor keseluruhan ${formatScoreId(r.mean, 1)} — ${r.cohortName}, rata-rata ${r.assessors} penilai`,
          },
        },
      ],
    },
    { caption, width: FIGURE_WIDTH, height: 60 + rows.length * 26 + 20 },
  );
}
