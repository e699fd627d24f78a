import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

// Only the parts the app uses, so the chunk stays small; SVG keeps to the CSP (no inline scripts, no canvas fonts).
// Loaded by EChart.tsx on demand: a page pays for ECharts only when it draws a chart.
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
