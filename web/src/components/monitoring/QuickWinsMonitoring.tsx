import { Badge, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { quickWinMonitoringQuery } from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import type { ConfirmRequest } from "../ConfirmDialog";
import { AnchorLink } from "../RouterLinks";
import { ProgressStatusBadge } from "./Badges";
import { ProgressPanel } from "./ProgressPanel";

type Props = {
  planId: number;
  opdName: (id: number | null) => string;
  notify: (text: string, color?: "green" | "red") => void;
  failed: (error: unknown) => void;
  confirm: (request: ConfirmRequest) => void;
};

/** Quick Wins: each with its latest status and its progress per year (entered by the owner OPD). */
export function QuickWinsMonitoring({ planId, opdName, ...actions }: Props) {
  const { t } = useTranslation();
  const list = useQuery(quickWinMonitoringQuery(planId));
  if (list.isPending) return <Skeleton height={240} />;
  if (list.isError) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0)
    return (
      <Paper withBorder p="xl" radius="md" ta="center">
        <Text c="dimmed" role="status">
          {t("monitoring.quickWins.empty")}
        </Text>
      </Paper>
    );
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("monitoring.quickWins.intro")}
      </Text>
      {list.data.map((q) => {
        const latest = [...q.progress].sort((a, b) => b.year - a.year)[0];
        return (
          <Paper
            key={q.id}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-label={q.target}
            data-testid="quick-win-monitoring"
          >
            <Group justify="space-between" align="flex-start" mb="xs">
              <div>
                <Text fw={600}>{q.target}</Text>
                <Text size="sm" c="dimmed">
                  <AnchorLink
                    to="/masterplan/$id/monitoring/program/$programId"
                    params={{ id: String(planId), programId: String(q.programId) }}
                    size="sm"
                  >
                    {q.programCode}
                  </AnchorLink>
                  {` · ${t("monitoring.quickWins.year", { year: q.year })} · ${t("monitoring.opd")}: ${opdName(q.ownerOpdId)}`}
                </Text>
                {q.whyQuick && <Text size="sm">{q.whyQuick}</Text>}
              </div>
              {latest ? (
                <Group gap={6}>
                  <Badge variant="outline" color="gray">
                    {latest.year}
                  </Badge>
                  <ProgressStatusBadge status={latest.status} />
                </Group>
              ) : (
                <Badge variant="outline" color="red">
                  {t("monitoring.progress.notEntered")}
                </Badge>
              )}
            </Group>
            <ProgressPanel kind="quick_win" subjectId={q.id} subjectLabel={q.target} {...actions} />
          </Paper>
        );
      })}
    </Stack>
  );
}
