import { TERMS, type Term } from "../../../domain/masterplan";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { termText } from "../books/context";
import type { Figure } from "../model";
import { drawFigure } from "./draw";
import { FIGURE_WIDTH, fitText, GRID, LABEL, OUTLINE, PALETTE, SMALL } from "./style";

/** Rows per figure: 40 rows of 14 pt and the axis, legend and note still fit an A4 page with the caption. */
export const GANTT_MAX_ROWS = 40;
const ROW = 14;
const LABEL_WIDTH = 175;
const TERM_COLOURS: Record<Term, string> = { short: PALETTE[3], medium: PALETTE[2], long: PALETTE[0] };
const termLabel = (t: Term) => `Jangka ${termText(t).toLowerCase()}`;

/**
 * The roadmap of one dimension as a Gantt chart: one row per program ("P-01 Name", cut with "…"
 * to fit), a bar from its start to its end year over the plan's period, coloured by term.
 * Past 40 programs the first 40 are drawn and a note line says how many more there are.
 * Null when the dimension has no program.
 */
export function roadmapGanttFigure(
  pp: Pick<PrintPlan, "plan" | "programs">,
  dimensionCode: string,
  caption: string,
): Figure | null {
  const all = pp.programs.filter((p) => p.dimensionCode === dimensionCode);
  if (!all.length) return null;
  const { periodStart, periodEnd } = pp.plan;
  const rows = all.slice(0, GANTT_MAX_ROWS);
  const more = all.length - rows.length;
  const years = Array.from({ length: periodEnd - periodStart + 1 }, (_, i) => String(periodStart + i));
  // A bar runs from the start of its first year to the end of its last, clipped to the period.
  const from = (p: (typeof rows)[number]) => Math.max(p.startYear, periodStart);
  const to = (p: (typeof rows)[number]) => Math.min(p.endYear, periodEnd) + 1;
  const terms = TERMS.filter((t) => rows.some((p) => p.term === t));
  const bottom = 56 + (more > 0 ? 14 : 0);
  const height = 10 + rows.length * ROW + bottom;
  return drawFigure(
    {
      legend: {
        bottom: more > 0 ? 16 : 2,
        itemWidth: 14,
        itemHeight: 9,
        textStyle: LABEL,
        data: terms.map(termLabel),
      },
      grid: { left: LABEL_WIDTH + 6, right: 10, top: 10, bottom },
      xAxis: [
        {
          type: "value",
          min: periodStart,
          max: periodEnd + 1,
          interval: 1,
          axisLabel: { show: false },
          axisLine: { show: false },
          axisTick: { show: false },
          splitLine: { lineStyle: { color: GRID } },
        },
        {
          // A category axis over the same width puts each year's label in the middle of its column.
          type: "category",
          data: years,
          position: "bottom",
          boundaryGap: true,
          axisLabel: { ...SMALL, interval: 0, rotate: years.length > 12 ? 45 : 0 },
          axisTick: { show: false },
          axisLine: { lineStyle: { color: OUTLINE } },
        },
      ],
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((p) => fitText(`${p.code} ${p.name}`, LABEL_WIDTH, SMALL.fontSize)),
        axisLabel: { ...SMALL, interval: 0 },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: OUTLINE } },
      },
      series: [
        // An invisible bar up to the start year, then the program's bar stacked on it.
        {
          type: "bar",
          stack: "gantt",
          silent: true,
          data: rows.map(from),
          itemStyle: { opacity: 0 },
          barWidth: 9,
        },
        // One series per term drawn (they give the legend its entries): a row's bar is in its
        // term's series and "-" (nothing) in the others, all stacked on the invisible bar.
        ...terms.map((t) => ({
          type: "bar" as const,
          name: termLabel(t),
          stack: "gantt",
          barWidth: 9,
          data: rows.map((p) => (p.term === t ? to(p) - from(p) : "-")),
          itemStyle: { color: TERM_COLOURS[t], borderColor: OUTLINE, borderWidth: 0.5 },
        })),
      ],
      ...(more > 0
        ? {
            graphic: [{ type: "text", left: 0, bottom: 2, style: { ...SMALL, text: `… dan ${more} program lainnya` } }],
          }
        : {}),
    },
    { caption, width: FIGURE_WIDTH, height },
  );
}
