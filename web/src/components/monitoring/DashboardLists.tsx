import { Badge, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PROGRESS_STATUSES } from "../../../../domain/monitoring";
import type { MonitoringSummaryOut } from "../../api/monitoring";
import { useFormatDate } from "../../i18n/format";
import { AnchorLink } from "../RouterLinks";
import { ProgressStatusBadge } from "./Badges";
import { PROGRESS_COLORS, useMonitoringLabels } from "./labels";

type Props = { planId: number; summary: MonitoringSummaryOut; opdName: (id: number | null) => string };

/** Quick wins of the year and the entries that are overdue, each with a link to where it is entered. */
export function DashboardLists({ planId, summary, opdName }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <QuickWinsSummary planId={planId} summary={summary} opdName={opdName} />
      <OverdueList planId={planId} summary={summary} opdName={opdName} />
    </SimpleGrid>
  );
}

function QuickWinsSummary({ planId, summary, opdName }: Props) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const { counts, items } = summary.quickWins;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dashboard-quick-wins">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="dashboard-quick-wins">
          {t("monitoring.dashboard.quickWinsTitle", { year: summary.year })}
        </Title>
        <AnchorLink
          to="/masterplan/$id/monitoring"
          params={{ id: String(planId) }}
          search={{ tab: "quick-wins" }}
          size="sm"
        >
          {t("monitoring.dashboard.quickWinsOpen")}
        </AnchorLink>
      </Group>
      <Group gap={6} mb="sm">
        {[...PROGRESS_STATUSES, "no_data" as const].map((s) =>
          counts[s] > 0 ? (
            <Badge key={s} color={PROGRESS_COLORS[s]} variant="light">
              {s === "no_data" ? t("monitoring.dashboard.noData") : labels.progressStatus(s)}: {counts[s]}
            </Badge>
          ) : null,
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("monitoring.quickWins.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table withTableBorder data-testid="dashboard-quick-wins">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("monitoring.quickWins.target")}</Table.Th>
                <Table.Th>{t("monitoring.opd")}</Table.Th>
                <Table.Th>{t("monitoring.progress.status")}</Table.Th>
                <Table.Th ta="right">{t("monitoring.progress.physical")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>
                    <Text size="sm">{q.target}</Text>
                    <Text size="xs" c="dimmed">
                      {q.programCode} · {q.year}
                    </Text>
                  </Table.Td>
                  <Table.Td>{opdName(q.ownerOpdId)}</Table.Td>
                  <Table.Td>
                    <ProgressStatusBadge status={q.status} />
                  </Table.Td>
                  <Table.Td ta="right">{labels.percent(q.physicalProgress)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function OverdueList({ planId, summary, opdName }: Props) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const { progress, realisations } = summary.overdue;
  const link = (programId: number, year: number, label: string, testId: string) => (
    <AnchorLink
      to="/masterplan/$id/monitoring/program/$programId"
      params={{ id: String(planId), programId: String(programId) }}
      search={{ year }}
      size="sm"
      data-testid={testId}
    >
      {label}
    </AnchorLink>
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dashboard-overdue">
      <Title order={2} size="h4" id="dashboard-overdue" mb={4}>
        {t("monitoring.overdue.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("monitoring.overdue.hint", { date: date(summary.asOf) })}
      </Text>
      {progress.total === 0 && realisations.total === 0 ? (
        <Text size="sm" c="green" role="status" data-testid="overdue-none">
          {t("monitoring.overdue.none")}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={520} offsetScrollbars type="auto">
          <Stack gap="sm">
            {progress.total > 0 && (
              <div>
                <Text fw={600} size="sm" mb={4}>
                  {t("monitoring.overdue.progress", { count: progress.total })}
                </Text>
                <Stack gap={2} data-testid="overdue-progress">
                  {progress.items.map((p) => (
                    <Group key={`${p.programId}-${p.year}`} gap="xs" wrap="nowrap">
                      <Badge variant="outline" color="red" size="sm" miw={52}>
                        {p.year}
                      </Badge>
                      {link(p.programId, p.year, `${p.programCode} — ${p.programName}`, "overdue-progress-link")}
                      <Text size="xs" c="dimmed">
                        {opdName(p.ownerOpdId)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </div>
            )}
            {realisations.total > 0 && (
              <div>
                <Text fw={600} size="sm" mb={4}>
                  {t("monitoring.overdue.realisations", { count: realisations.total })}
                </Text>
                <Stack gap={2} data-testid="overdue-realisations">
                  {realisations.items.map((r) => (
                    <Group key={`${r.programIndicatorId}-${r.year}`} gap="xs" wrap="nowrap">
                      <Badge variant="outline" color="red" size="sm" miw={52}>
                        {r.year}
                      </Badge>
                      {link(
                        r.programId,
                        r.year,
                        `${r.programCode} · ${r.indicatorCode} — ${r.indicatorName}`,
                        "overdue-realisation-link",
                      )}
                    </Group>
                  ))}
                </Stack>
              </div>
            )}
            {(progress.total > progress.items.length || realisations.total > realisations.items.length) && (
              <Text size="xs" c="dimmed">
                {t("monitoring.overdue.more")}
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
