import { createContext, type ReactNode, useContext } from "react";

/** When a chart loads ECharts (~170 KB gzip): as it mounts, or once its box comes near the viewport. */
export type ChartLoading = "mount" | "visible";

const ChartLoadingContext = createContext<ChartLoading>("mount");

export const useChartLoading = () => useContext(ChartLoadingContext);

/**
 * Charts inside load ECharts only when scrolled near (issue 13: a public region page's first load
 * stays under 500 KB; its charts sit far below the fold, beside tables of the same figures).
 * Kept apart from EChart.tsx so that a page using it does not pull the chart wrapper into its chunk.
 */
export function DeferCharts({ children }: { children: ReactNode }) {
  return <ChartLoadingContext.Provider value="visible">{children}</ChartLoadingContext.Provider>;
}
