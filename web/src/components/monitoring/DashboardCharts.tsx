import { Paper, SimpleGrid, Skeleton, Text, Title } from "@mantine/core";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../domain/rupiah";
import type { MonitoringSummaryOut } from "../../api/monitoring";
import { CHART, useMonitoringLabels } from "./labels";
import type { MonitoringChartOption } from "./MonitoringChart";

// ECharts is loaded only when the dashboard is opened, in its own chunk.
const MonitoringChart = lazy(() => import("./MonitoringChart").then((m) => ({ default: m.MonitoringChart })));

/** Millions or billions on the axis, full Rupiah in the tooltip. */
function shortRupiah(n: number, lang: "id" | "en") {
  if (n >= 1e9) return `${formatNumberShort(n / 1e9, lang)} ${lang === "en" ? "bn" : "M"}`;
  if (n >= 1e6) return `${formatNumberShort(n / 1e6, lang)} ${lang === "en" ? "m" : "jt"}`;
  return formatRupiah(n, lang);
}
const formatNumberShort = (n: number, lang: "id" | "en") =>
  new Intl.NumberFormat(lang === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(n);

/** Budget planned, allocated and realised per year, and indicators against targets per year. */
export function DashboardCharts({ summary }: { summary: MonitoringSummaryOut }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const lang = labels.lang;

  const budget = useMemo<MonitoringChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? formatRupiah(v, lang) : "—") },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 28, bottom: 56, containLabel: true },
      xAxis: { type: "category", data: summary.budgetByYear.map((b) => String(b.year)) },
      yAxis: { type: "value", axisLabel: { formatter: (v: number) => shortRupiah(v, lang) } },
      series: [
        {
          name: t("monitoring.dashboard.budgetPlanned"),
          type: "bar",
          data: summary.budgetByYear.map((b) => b.planned),
          itemStyle: { color: CHART.planned },
        },
        {
          name: t("monitoring.dashboard.budgetAllocated"),
          type: "bar",
          data: summary.budgetByYear.map((b) => b.allocated),
          itemStyle: { color: CHART.allocated },
        },
        {
          name: t("monitoring.dashboard.budgetRealised"),
          type: "bar",
          data: summary.budgetByYear.map((b) => b.realised),
          itemStyle: { color: CHART.realised },
        },
      ],
    }),
    [summary, lang, t],
  );

  const lights = useMemo<MonitoringChartOption>(() => {
    const years = summary.indicatorsByYear;
    const stack = (key: "green" | "yellow" | "red" | "none", color: string) => ({
      name: labels.light(key),
      type: "bar" as const,
      stack: "lights",
      data: years.map((y) => y.lights[key]),
      itemStyle: { color },
    });
    return {
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 28, bottom: 56, containLabel: true },
      xAxis: { type: "category", data: years.map((y) => String(y.year)) },
      yAxis: [
        { type: "value", minInterval: 1, name: t("monitoring.dashboard.indicatorCount") },
        { type: "value", min: 0, max: 120, name: "%", splitLine: { show: false } },
      ],
      series: [
        stack("green", "#37b24d"),
        stack("yellow", "#fab005"),
        stack("red", "#f03e3e"),
        stack("none", "#dee2e6"),
        {
          name: t("monitoring.dashboard.meanAchievement"),
          type: "line",
          yAxisIndex: 1,
          data: years.map((y) => y.meanAchievement),
          itemStyle: { color: CHART.value },
          connectNulls: false,
        },
      ],
    };
  }, [summary, labels, t]);

  const budgetText = summary.budgetByYear
    .map(
      (b) =>
        `${b.year}: ${t("monitoring.dashboard.budgetPlanned")} ${labels.rupiah(b.planned)}, ${t("monitoring.dashboard.budgetAllocated")} ${labels.rupiah(b.allocated)}, ${t("monitoring.dashboard.budgetRealised")} ${labels.rupiah(b.realised)}`,
    )
    .join("; ");
  const lightsText = summary.indicatorsByYear
    .filter((y) => y.withTarget > 0)
    .map(
      (y) =>
        `${y.year}: ${y.withTarget} ${t("monitoring.dashboard.withTarget")}, ${labels.light("green")} ${y.lights.green}, ${labels.light("yellow")} ${y.lights.yellow}, ${labels.light("red")} ${y.lights.red}, ${labels.light("none")} ${y.lights.none}, ${t("monitoring.dashboard.meanAchievement")} ${labels.percent(y.meanAchievement)}`,
    )
    .join("; ");

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="budget-chart-title">
        <Title order={2} size="h4" id="budget-chart-title" mb={4}>
          {t("monitoring.dashboard.budgetTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t("monitoring.dashboard.budgetHint")}
        </Text>
        <Suspense fallback={<Skeleton height={280} />}>
          <MonitoringChart
            option={budget}
            height={280}
            aria-label={`${t("monitoring.dashboard.budgetTitle")}: ${budgetText}`}
            data-testid="chart-budget"
          />
        </Suspense>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lights-chart-title">
        <Title order={2} size="h4" id="lights-chart-title" mb={4}>
          {t("monitoring.dashboard.lightsTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t("monitoring.dashboard.lightsHint")}
        </Text>
        <Suspense fallback={<Skeleton height={280} />}>
          <MonitoringChart
            option={lights}
            height={280}
            aria-label={`${t("monitoring.dashboard.lightsTitle")}: ${lightsText || t("monitoring.dashboard.noTargets")}`}
            data-testid="chart-lights"
          />
        </Suspense>
      </Paper>
    </SimpleGrid>
  );
}
