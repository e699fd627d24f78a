import { Paper, SimpleGrid, Skeleton, Text } from "@mantine/core";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ResultDetail } from "../../api/evaluations";
import { formatDecimal, inLanguage } from "../../i18n/format";
import type { EChartOption } from "../EChart";
import { useEvaluationLabels } from "./labels";

// ECharts is loaded only when a result is opened, in its own chunk, so the main bundle stays small.
const EChart = lazy(() => import("../EChart").then((m) => ({ default: m.EChart })));

type Bar = { name: string; value: number | null };

/** Horizontal bars on the scheme's scale, the value written at the end of each bar. */
function barsOption(bars: Bar[], scale: { min: number; max: number }, lang: "id" | "en", color: string): EChartOption {
  const fmt = (v: number) => formatDecimal(v, lang, 2);
  const ordered = [...bars].reverse(); // ECharts draws categories bottom-up; keep the scheme's order top-down
  return {
    animation: false,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (v) => (typeof v === "number" ? fmt(v) : "—"),
    },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    xAxis: {
      type: "value",
      min: 0,
      max: scale.max,
      interval: 1,
      axisLabel: { formatter: (v: number) => fmt(v).replace(/[,.]00$/, "") },
    },
    yAxis: { type: "category", data: ordered.map((b) => b.name), axisTick: { show: false } },
    series: [
      {
        type: "bar",
        data: ordered.map((b) => b.value),
        itemStyle: { color },
        barMaxWidth: 22,
        label: { show: true, position: "right", formatter: (p) => (typeof p.value === "number" ? fmt(p.value) : "—") },
      },
    ],
  };
}

/** The result dimensions and the smart-city dimensions of one region's result as two bar charts. */
export function ResultCharts({ result, scale }: { result: ResultDetail; scale: { min: number; max: number } }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const lang = labels.lang;
  const results = useMemo(
    () =>
      barsOption(
        result.resultDimensions.map((d) => ({
          name: `${inLanguage(lang, d.nameId, d.nameEn)} (${d.weight}%)`,
          value: d.score,
        })),
        scale,
        lang,
        "#1c7ed6",
      ),
    [result, scale, lang],
  );
  const smart = useMemo(
    () =>
      barsOption(
        result.smartDimensions.map((d) => ({ name: inLanguage(lang, d.nameId, d.nameEn), value: d.score })),
        scale,
        lang,
        "#0ca678",
      ),
    [result, scale, lang],
  );
  const describe = (rows: Array<{ name: string; value: number | null }>) =>
    rows.map((r) => `${r.name}: ${r.value === null ? "—" : formatDecimal(r.value, lang, 2)}`).join("; ");

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder p="md" radius="md">
        <Text fw={600} mb="xs">
          {t("evaluation.result.resultDimensions")}
        </Text>
        <Suspense fallback={<Skeleton height={240} />}>
          <EChart
            option={results}
            height={240}
            aria-label={`${t("evaluation.result.resultDimensions")}: ${describe(result.resultDimensions.map((d) => ({ name: labels.pick(d.nameId, d.nameEn), value: d.score })))}`}
            data-testid="chart-results"
          />
        </Suspense>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Text fw={600} mb="xs">
          {t("evaluation.result.smartDimensions")}
        </Text>
        <Suspense fallback={<Skeleton height={240} />}>
          <EChart
            option={smart}
            height={240}
            aria-label={`${t("evaluation.result.smartDimensions")}: ${describe(result.smartDimensions.map((d) => ({ name: labels.pick(d.nameId, d.nameEn), value: d.score })))}`}
            data-testid="chart-dimensions"
          />
        </Suspense>
      </Paper>
    </SimpleGrid>
  );
}
