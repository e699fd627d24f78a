import type { BarSeriesOption } from "echarts/charts";
import { BarChart } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { type CSSProperties, useEffect, useRef } from "react";

// Only the parts the app uses, so the bundle stays small; SVG keeps to the CSP (no inline scripts, no canvas fonts).
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export type EChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** A tiny ECharts wrapper: init on mount, setOption when the option changes, resize with its box, dispose on unmount. */
export function EChart({
  option,
  height = 320,
  style,
  ...rest
}: {
  option: EChartOption;
  height?: number;
  style?: CSSProperties;
  "aria-label": string;
  "data-testid"?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: "svg" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: series may change (e.g. a metric toggle), so the old ones must not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" style={{ width: "100%", height, ...style }} {...rest} />;
}
