import { ColorSwatch, Group, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { lightOf } from "../../../../domain/achievement";
import { PROGRESS_STATUSES } from "../../../../domain/monitoring";
import type { MonitoringSummaryOut } from "../../api/monitoring";
import { AchievementBadge } from "./Badges";
import { PROGRESS_COLORS, useMonitoringLabels } from "./labels";

const COLUMNS = [...PROGRESS_STATUSES, "no_data"] as const;

/** Programs running in the year per dimension: counts per status, mean physical progress, indicator achievement. */
export function ProgressByDimension({ summary }: { summary: MonitoringSummaryOut }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const byDim = new Map(summary.progressByDimension.map((d) => [d.dimensionCode, d]));
  const achievement = new Map(summary.indicatorsByDimension.map((d) => [d.dimensionCode, d]));
  const statusLabel = (s: (typeof COLUMNS)[number]) =>
    s === "no_data" ? t("monitoring.dashboard.noData") : labels.progressStatus(s);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="progress-by-dimension">
      <Title order={2} size="h4" id="progress-by-dimension" mb={4}>
        {t("monitoring.dashboard.progressTitle", { year: summary.year })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("monitoring.dashboard.progressHint")}
      </Text>
      <Table.ScrollContainer minWidth={980}>
        <Table striped withTableBorder data-testid="progress-by-dimension">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("monitoring.dashboard.dimension")}</Table.Th>
              <Table.Th ta="right">{t("monitoring.dashboard.programsRunning")}</Table.Th>
              {COLUMNS.map((s) => (
                <Table.Th key={s} ta="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ColorSwatch color={`var(--mantine-color-${PROGRESS_COLORS[s]}-6)`} size={10} withShadow={false} />
                    <span>{statusLabel(s)}</span>
                  </Group>
                </Table.Th>
              ))}
              <Table.Th ta="right">{t("monitoring.dashboard.meanPhysical")}</Table.Th>
              <Table.Th miw={190}>{t("monitoring.dashboard.indicatorAchievement")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.dimensions.map((d) => {
              const row = byDim.get(d.code);
              const ach = achievement.get(d.code);
              return (
                <Table.Tr key={d.code} data-testid={`dimension-progress-${d.code}`}>
                  <Table.Th scope="row" fw={500}>
                    {labels.pick(d.nameId, d.nameEn)}
                  </Table.Th>
                  <Table.Td ta="right">{labels.value(row?.programs ?? 0)}</Table.Td>
                  {COLUMNS.map((s) => (
                    <Table.Td key={s} ta="right" c={(row?.counts[s] ?? 0) === 0 ? "dimmed" : undefined}>
                      {labels.value(row?.counts[s] ?? 0)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{labels.percent(row?.meanPhysicalProgress)}</Table.Td>
                  <Table.Td>
                    {ach ? (
                      <AchievementBadge value={ach.meanAchievement} light={lightOf(ach.meanAchievement)} />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t("monitoring.dashboard.noIndicators")}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
