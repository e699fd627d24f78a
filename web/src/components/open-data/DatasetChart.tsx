import { Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DatasetMeta } from "../../api/open-data";
import { useFormatNumber } from "../../i18n/format";
import { EChart, type EChartOption } from "../EChart";
import { type ChartPlan, indicatorsOf, realisationSeries, sumSeries } from "./chart-data";
import { useOpenDataLabels } from "./labels";

const COLOURS = ["#1c7ed6", "#adb5bd"];

type DatasetChartProps = {
  dataset: DatasetMeta;
  plan: ChartPlan;
  rows: Record<string, unknown>[];
  /** How many rows the dataset has in all, to say when the chart reads only some. */
  total: number;
};

/** A dataset by year: realisation and target of a chosen indicator, or a column summed per year. */
export function DatasetChart({ dataset, plan, rows, total }: DatasetChartProps) {
  const { t } = useTranslation();
  const labels = useOpenDataLabels();
  const formatNumber = useFormatNumber();
  const indicators = useMemo(() => (plan.mode === "realisations" ? indicatorsOf(rows) : []), [plan.mode, rows]);
  const [chosen, setChosen] = useState<string | null>(null);
  const indicator = chosen && indicators.some((i) => i.value === chosen) ? chosen : (indicators[0]?.value ?? null);

  const data = useMemo(() => {
    if (plan.mode === "realisations") return indicator ? realisationSeries(rows, indicator, plan.year) : null;
    return sumSeries(rows, plan.year, plan.mode === "sum" ? plan.column.name : undefined);
  }, [plan, rows, indicator]);

  const meaning = (name: string) => {
    const c = dataset.columns.find((x) => x.name === name);
    return c ? labels.pick(c) : name;
  };
  const caption =
    plan.mode === "realisations"
      ? (indicators.find((i) => i.value === indicator)?.label ?? "")
      : plan.mode === "sum"
        ? t("openData.dataset.chartSum", { column: meaning(plan.column.name).toLowerCase() })
        : t("openData.dataset.chartCount");
  const seriesName = (key: string) =>
    key === "realisasi"
      ? t("openData.dataset.chartRealisation")
      : key === "target"
        ? t("openData.dataset.chartTarget")
        : key === "count"
          ? t("openData.dataset.chartCountSeries")
          : meaning(key);

  // Rebuilt each render (the chart re-renders only when the indicator, the rows or the language change).
  const option: EChartOption | null =
    data && data.years.length > 0
      ? {
          grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
          tooltip: {
            trigger: "axis",
            valueFormatter: (v) => (typeof v === "number" ? formatNumber(v) : "—"),
          },
          legend: { top: 0, data: data.series.map((s) => seriesName(s.key)) },
          xAxis: { type: "category", data: data.years },
          yAxis: { type: "value", axisLabel: { formatter: (v: number) => formatNumber(v) } },
          series: data.series.map((s, i) => ({
            type: "bar",
            name: seriesName(s.key),
            data: s.values,
            barMaxWidth: 48,
            itemStyle: { color: COLOURS[i % COLOURS.length] },
          })),
        }
      : null;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ds-chart" data-testid="dataset-chart">
      <Stack gap="sm">
        <Title order={2} size="h3" id="ds-chart">
          {t("openData.dataset.chartTitle")}
        </Title>
        {plan.mode === "realisations" && indicators.length > 0 && (
          <Select
            label={t("openData.dataset.chartIndicator")}
            data={indicators}
            value={indicator}
            onChange={setChosen}
            searchable
            allowDeselect={false}
            maw={560}
            data-testid="dataset-chart-indicator"
          />
        )}
        {plan.mode !== "realisations" && (
          <Text size="sm" c="dimmed">
            {caption}
          </Text>
        )}
        {option ? (
          <EChart option={option} height={300} aria-label={t("openData.dataset.chartLabel", { title: caption })} />
        ) : (
          <Text c="dimmed">{t("openData.dataset.previewEmpty")}</Text>
        )}
        {rows.length < total && (
          <Text size="xs" c="dimmed">
            {t("openData.dataset.chartPartial", { shown: formatNumber(rows.length), total: formatNumber(total) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
