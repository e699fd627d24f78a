import { useMemo } from "react";
import { formatRupiah } from "../../../../domain/rupiah";
import { EChart, type EChartOption } from "../EChart";
import { CHART } from "../monitoring/labels";

type Lang = "id" | "en";
const short = (n: number, lang: Lang) => {
  const f = (v: number) =>
    new Intl.NumberFormat(lang === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(v);
  if (n >= 1e9) return `${f(n / 1e9)} ${lang === "en" ? "bn" : "M"}`;
  if (n >= 1e6) return `${f(n / 1e6)} ${lang === "en" ? "m" : "jt"}`;
  return f(n);
};

/** Mean physical progress per dimension as bars, 0–100 % (loaded lazily with ECharts). */
export function ProgressChart({
  rows,
  label,
  percent,
}: {
  rows: Array<{ name: string; value: number | null }>;
  label: string;
  percent: (n: number) => string;
}) {
  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? percent(v) : "—") },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name) },
      series: [
        {
          type: "bar",
          data: rows.map((r) => r.value),
          itemStyle: { color: CHART.value },
          label: {
            show: true,
            position: "right",
            formatter: (p) => (typeof p.value === "number" ? percent(p.value) : ""),
          },
        },
      ],
    }),
    [rows, percent],
  );
  return (
    <EChart option={option} height={Math.max(180, rows.length * 40)} aria-label={label} data-testid="chart-progress" />
  );
}

/** Budget allocated and realised per year as bars (loaded lazily with ECharts). */
export function BudgetChart({
  rows,
  names,
  label,
  lang,
}: {
  rows: Array<{ year: number; allocated: number; realised: number }>;
  names: { allocated: string; realised: string };
  label: string;
  lang: Lang;
}) {
  const option = useMemo<EChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? formatRupiah(v, lang) : "—") },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: "category", data: rows.map((r) => String(r.year)) },
      yAxis: { type: "value", axisLabel: { formatter: (v: number) => short(v, lang) } },
      series: [
        {
          name: names.allocated,
          type: "bar",
          data: rows.map((r) => r.allocated),
          itemStyle: { color: CHART.allocated },
        },
        { name: names.realised, type: "bar", data: rows.map((r) => r.realised), itemStyle: { color: CHART.realised } },
      ],
    }),
    [rows, names, lang],
  );
  return <EChart option={option} height={280} aria-label={label} data-testid="chart-budget" />;
}
