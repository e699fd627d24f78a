import { Group, Paper, Select, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type ProgramIndicatorOut, planIndicatorsQuery } from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import { AnchorLink } from "../RouterLinks";
import { AchievementBadge, RealisationStatusBadge } from "./Badges";
import { CHART, useMonitoringLabels } from "./labels";
import type { MonitoringChartOption } from "./MonitoringChart";

const MonitoringChart = lazy(() => import("./MonitoringChart").then((m) => ({ default: m.MonitoringChart })));

type Props = { planId: number; selected?: number; onSelect: (programIndicatorId: number) => void };

/** One program indicator over the plan's years: realisation as bars, target as a line, achievement and light per year. */
export function IndicatorTrend({ planId, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const list = useQuery(planIndicatorsQuery(planId, {}, 1, 500));
  const all = useMemo(
    () => (list.data?.data ?? []).flatMap((p) => p.indicators.map((pi) => ({ program: p.program, pi }))),
    [list.data],
  );
  // Without a choice in the address, the first indicator that has a target.
  const current = all.find((x) => x.pi.id === selected) ?? all.find((x) => x.pi.targets.length > 0) ?? all[0] ?? null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="indicator-trend-title">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <div>
          <Title order={2} size="h4" id="indicator-trend-title">
            {t("monitoring.trend.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("monitoring.trend.hint")}
          </Text>
        </div>
        {all.length > 0 && (
          <Select
            label={t("monitoring.trend.pick")}
            data={(list.data?.data ?? []).map((p) => ({
              group: `${p.program.code} — ${p.program.name}`,
              items: p.indicators.map((pi) => ({
                value: String(pi.id),
                label: `${p.program.code} · ${pi.indicator.code} — ${pi.indicator.name}`,
              })),
            }))}
            value={current ? String(current.pi.id) : null}
            onChange={(v) => v && onSelect(Number(v))}
            allowDeselect={false}
            searchable
            w={{ base: "100%", sm: 460 }}
            data-testid="trend-indicator"
          />
        )}
      </Group>
      {list.isPending ? (
        <Skeleton height={300} />
      ) : list.isError ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !current ? (
        <Text c="dimmed" role="status" data-testid="trend-empty">
          {t("monitoring.trend.empty")}
        </Text>
      ) : (
        <Trend planId={planId} programId={current.program.id} pi={current.pi} />
      )}
    </Paper>
  );
}

function Trend({ planId, programId, pi }: { planId: number; programId: number; pi: ProgramIndicatorOut }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const unit = pi.indicator.unit;
  const option = useMemo<MonitoringChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? `${labels.value(v)} ${unit}` : "—") },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: "category", data: pi.years.map((y) => String(y.year)) },
      yAxis: { type: "value", name: unit, axisLabel: { formatter: (v: number) => labels.value(v) } },
      series: [
        {
          name: t("monitoring.trend.realisation"),
          type: "bar",
          data: pi.years.map((y) => y.realisation),
          itemStyle: { color: CHART.value },
          barMaxWidth: 28,
        },
        {
          name: t("monitoring.trend.target"),
          type: "line",
          data: pi.years.map((y) => y.target),
          itemStyle: { color: CHART.target },
          lineStyle: { type: "dashed" },
          connectNulls: true,
        },
      ],
    }),
    [pi, labels, unit, t],
  );
  const described = pi.years
    .filter((y) => y.target !== null || y.realisation !== null)
    .map(
      (y) =>
        `${y.year}: ${t("monitoring.trend.target")} ${labels.value(y.target)}, ${t("monitoring.trend.realisation")} ${labels.value(y.realisation)}, ${labels.light(y.achievement.light)}`,
    )
    .join("; ");
  const rows = pi.years.filter((y) => y.target !== null || y.realisation !== null);

  return (
    <Stack gap="sm">
      <Text size="sm">
        {labels.direction(pi.indicator.direction)} · {t("monitoring.trend.unit")}: {unit}
        {pi.baselineValue !== null &&
          ` · ${t("monitoring.indicators.baseline")}: ${labels.value(pi.baselineValue)} (${pi.baselineYear})`}
        {" · "}
        <AnchorLink
          to="/masterplan/$id/monitoring/program/$programId"
          params={{ id: String(planId), programId: String(programId) }}
          size="sm"
        >
          {t("monitoring.trend.openProgram")}
        </AnchorLink>
      </Text>
      <Suspense fallback={<Skeleton height={280} />}>
        <MonitoringChart
          option={option}
          height={280}
          aria-label={`${pi.indicator.name}: ${described || t("monitoring.trend.noValues")}`}
          data-testid="chart-trend"
        />
      </Suspense>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder striped data-testid="trend-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("monitoring.year")}</Table.Th>
              <Table.Th ta="right">{t("monitoring.trend.target")}</Table.Th>
              <Table.Th ta="right">{t("monitoring.trend.realisation")}</Table.Th>
              <Table.Th>{t("monitoring.realisations.status")}</Table.Th>
              <Table.Th>{t("monitoring.achievement")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((y) => (
              <Table.Tr key={y.year} data-testid={`trend-year-${y.year}`}>
                <Table.Th scope="row">{y.year}</Table.Th>
                <Table.Td ta="right">{labels.value(y.target)}</Table.Td>
                <Table.Td ta="right">{labels.value(y.realisation)}</Table.Td>
                <Table.Td>{y.status ? <RealisationStatusBadge status={y.status} /> : "—"}</Table.Td>
                <Table.Td>
                  <AchievementBadge
                    value={y.achievement.value}
                    light={y.achievement.light}
                    testId={`trend-achievement-${y.year}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
