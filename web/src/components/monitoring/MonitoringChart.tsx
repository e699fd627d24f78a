import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import { LineChart } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import * as echarts from "echarts/core";
import { EChart, type EChartOption } from "../EChart";

// The shared wrapper registers bars only; the monitoring charts also draw targets as lines.
// Registering here keeps the line code in this lazily loaded chunk.
echarts.use([LineChart]);

export type MonitoringChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

type Props = { option: MonitoringChartOption; height?: number; "aria-label": string; "data-testid"?: string };

/** ECharts with bars and lines (loaded lazily by the monitoring views). */
export function MonitoringChart({ option, ...rest }: Props) {
  return <EChart option={option as EChartOption} {...rest} />;
}
