import { Badge, Group, Paper, Skeleton, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { PublicRegionOut } from "../../api/public-region";
import { inLanguage } from "../../i18n/format";
import { PROGRESS_COLORS, useMonitoringLabels } from "../monitoring/labels";
import { RuleText } from "./RuleText";

// ECharts comes in its own chunk, only when a plan with progress is shown.
const ProgressChart = lazy(() => import("./PublicCharts").then((m) => ({ default: m.ProgressChart })));
const BudgetChart = lazy(() => import("./PublicCharts").then((m) => ({ default: m.BudgetChart })));

type Plan = NonNullable<PublicRegionOut["masterplan"]>;
const STATUSES = ["on_track", "delayed", "done", "not_started", "cancelled", "no_data"] as const;

/** Program progress by dimension for the latest reported year, as a chart and a table, with its rule. */
export function PublicProgress({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const name = (code: string) => {
    const d = plan.dimensions.find((x) => x.code === code);
    return d ? inLanguage(labels.lang, d.nameId, d.nameEn) : code;
  };
  const { progress } = plan;
  const statusLabel = (s: (typeof STATUSES)[number]) =>
    s === "no_data" ? labels.light("none") : labels.progressStatus(s);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-progress" data-print="section">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h3" id="pr-progress">
          {t("publicRegion.progressTitle")}
        </Title>
        {progress.year !== null && <Text c="dimmed">{t("publicRegion.progressYear", { year: progress.year })}</Text>}
      </Group>
      {progress.year === null ? (
        <Text c="dimmed">{t("publicRegion.noProgress")}</Text>
      ) : (
        <>
          <Suspense fallback={<Skeleton height={240} />}>
            <ProgressChart
              rows={progress.byDimension.map((d) => ({ name: name(d.dimensionCode), value: d.meanPhysicalProgress }))}
              label={t("publicRegion.chartProgress", { year: progress.year })}
              percent={labels.percent}
            />
          </Suspense>
          <Table.ScrollContainer minWidth={520} mt="sm">
            <Table striped data-testid="progress-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("publicRegion.dimension")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("publicRegion.programsRunning")}
                  </Table.Th>
                  <Table.Th scope="col">{t("publicRegion.status")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("publicRegion.meanProgress")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.byDimension.map((d) => (
                  <Table.Tr key={d.dimensionCode}>
                    <Table.Th scope="row" fw={500}>
                      {name(d.dimensionCode)}
                    </Table.Th>
                    <Table.Td ta="right">{labels.value(d.programs)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {STATUSES.filter((s) => d.counts[s] > 0).map((s) => (
                          <Badge key={s} size="sm" variant="light" color={PROGRESS_COLORS[s]}>
                            {statusLabel(s)}: {d.counts[s]}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{labels.percent(d.meanPhysicalProgress)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <RuleText rule="progressByDimension" />
    </Paper>
  );
}

/** Budget allocated and realised per reported year, as a chart and a table, with its rule. */
export function PublicBudget({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const rows = plan.budget.byYear;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-budget" data-print="section">
      <Title order={2} size="h3" id="pr-budget" mb="sm">
        {t("publicRegion.budgetTitle")}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t("publicRegion.noBudget")}</Text>
      ) : (
        <>
          <Suspense fallback={<Skeleton height={280} />}>
            <BudgetChart
              rows={rows}
              lang={labels.lang}
              names={{ allocated: t("publicRegion.allocated"), realised: t("publicRegion.realised") }}
              label={t("publicRegion.chartBudget")}
            />
          </Suspense>
          <Table.ScrollContainer minWidth={360} mt="sm">
            <Table striped data-testid="budget-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("publicRegion.year")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("publicRegion.allocated")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("publicRegion.realised")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.year}>
                    <Table.Th scope="row" fw={500}>
                      {r.year}
                    </Table.Th>
                    <Table.Td ta="right">{labels.rupiah(r.allocated)}</Table.Td>
                    <Table.Td ta="right">{labels.rupiah(r.realised)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <RuleText rule="budgetByYear" />
    </Paper>
  );
}
