import type { BarSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption, ECharts } from "echarts/core";
import { type CSSProperties, useEffect, useRef } from "react";
import { useChartLoading } from "./chart-loading";

export type EChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

const loadEcharts = () => import("./echarts-core");

/**
 * A tiny ECharts wrapper: loads ECharts and inits on mount (or when near, under DeferCharts), setOption when
 * the option changes, resize with its box, dispose on unmount.
 */
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
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const loading = useChartLoading();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let disposed = false;
    let instance: ECharts | undefined;
    let resize: ResizeObserver | undefined;
    const start = () =>
      void loadEcharts().then(({ echarts }) => {
        if (disposed) return;
        instance = echarts.init(el, undefined, { renderer: "svg" });
        chart.current = instance;
        instance.setOption(latest.current, { notMerge: true });
        resize = new ResizeObserver(() => instance?.resize());
        resize.observe(el);
      });
    let near: IntersectionObserver | undefined;
    if (loading === "visible" && typeof IntersectionObserver !== "undefined") {
      near = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          near?.disconnect();
          start();
        },
        { rootMargin: "400px 0px" },
      );
      near.observe(el);
    } else start();
    return () => {
      disposed = true;
      near?.disconnect();
      resize?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, [loading]);

  useEffect(() => {
    // notMerge: series may change (e.g. a metric toggle), so the old ones must not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" style={{ width: "100%", height, ...style }} {...rest} />;
}
