import { Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { lightOf } from "../../../../domain/achievement";
import type { MasterplanOut } from "../../../../domain/masterplan-responses";
import { type MonitoringSummaryOut, summaryQuery } from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import { AchievementBadge } from "./Badges";
import { DashboardCharts } from "./DashboardCharts";
import { DashboardLists } from "./DashboardLists";
import { IndicatorTrend } from "./IndicatorTrend";
import { useMonitoringLabels } from "./labels";
import { ProgressByDimension } from "./ProgressByDimension";

type Props = {
  plan: MasterplanOut;
  year?: number;
  indicator?: number;
  onChange: (patch: { year?: number; indicator?: number }) => void;
  opdName: (id: number | null) => string;
};

/** Ringkasan: the region's monitoring at a glance for one year, and every year for budget and indicators. */
export function MonitoringDashboard({ plan, year, indicator, onChange, opdName }: Props) {
  const { t } = useTranslation();
  const summary = useQuery({ ...summaryQuery(plan.id, year), placeholderData: keepPreviousData });
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i);

  if (summary.isPending) return <Skeleton height={480} />;
  if (summary.isError) return <QueryErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  return (
    <Stack gap="md" data-testid="monitoring-dashboard" data-year={s.year}>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t("monitoring.dashboard.year")}
          data={years.map(String)}
          value={String(s.year)}
          onChange={(v) => v && onChange({ year: Number(v) })}
          allowDeselect={false}
          w={140}
          data-testid="dashboard-year"
        />
      </Group>
      <KeyFigures summary={s} />
      <ProgressByDimension summary={s} />
      <DashboardCharts summary={s} />
      <IndicatorTrend planId={plan.id} selected={indicator} onSelect={(id) => onChange({ indicator: id })} />
      <DashboardLists planId={plan.id} summary={s} opdName={opdName} />
    </Stack>
  );
}

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text fz={26} fw={700} lh={1.2} component="div">
        {children}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}

function KeyFigures({ summary }: { summary: MonitoringSummaryOut }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const running = summary.progressByDimension.reduce((n, d) => n + d.programs, 0);
  const reported = summary.progressByDimension.reduce((n, d) => n + d.programs - d.counts.no_data, 0);
  const ind = summary.indicatorsByYear.find((y) => y.year === summary.year);
  const budget = summary.budgetByYear.find((b) => b.year === summary.year);
  const overdue = summary.overdue.progress.total + summary.overdue.realisations.total;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <Figure label={t("monitoring.dashboard.figureReported", { year: summary.year })} testId="figure-reported">
        {labels.value(reported)} / {labels.value(running)}
      </Figure>
      <Figure label={t("monitoring.dashboard.figureAchievement", { year: summary.year })} testId="figure-achievement">
        {ind && ind.withTarget > 0 ? (
          <AchievementBadge value={ind.meanAchievement} light={lightOf(ind.meanAchievement)} />
        ) : (
          "—"
        )}
        <Text size="xs" c="dimmed">
          {t("monitoring.dashboard.figureVerified", {
            verified: ind?.verified ?? 0,
            entered: ind?.entered ?? 0,
            total: ind?.withTarget ?? 0,
          })}
        </Text>
      </Figure>
      <Figure label={t("monitoring.dashboard.figureBudget", { year: summary.year })} testId="figure-budget">
        <Text fz={18} fw={700} component="span">
          {labels.rupiah(budget?.realised ?? 0)}
        </Text>
        <Text size="xs" c="dimmed">
          {t("monitoring.dashboard.ofAllocated", { amount: labels.rupiah(budget?.allocated ?? 0) })}
        </Text>
      </Figure>
      <Figure label={t("monitoring.dashboard.figureOverdue")} testId="figure-overdue">
        <Text fz={26} fw={700} component="span" c={overdue > 0 ? "red" : "green"}>
          {labels.value(overdue)}
        </Text>
      </Figure>
    </SimpleGrid>
  );
}
