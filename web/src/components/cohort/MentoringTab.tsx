import { Badge, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { StageOut } from "../../../../domain/bimtek";
import type { CohortOut } from "../../../../domain/cohort-api";
import { stepLabel } from "../../../../domain/cohort-dashboard";
import { stagesQuery } from "../../api/bimtek";
import { candidatesQuery } from "../../api/cohorts";
import { useFormatDate, useLanguage } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { AnchorLink } from "../RouterLinks";

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Pendampingan: rows are the selected regions, columns the Bimtek stages, each cell the stage's state. */
export function MentoringTab({ cohort }: { cohort: CohortOut }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const candidates = useQuery(candidatesQuery(cohort.id));
  const selected = (candidates.data ?? []).filter((c) => c.status === "selected");
  const stages = useQueries({ queries: selected.map((c) => stagesQuery(c.id)) });

  if (candidates.isPending) return <Skeleton height={120} />;
  if (candidates.isError) {
    return <QueryErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />;
  }
  if (selected.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md" ta="center">
        <Text role="status">{t("mentoring.empty")}</Text>
      </Paper>
    );
  }
  const stageCount = Math.max(4, ...stages.map((q) => q.data?.length ?? 0));
  const numbers = Array.from({ length: stageCount }, (_, i) => i + 1);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("mentoring.intro")}
      </Text>
      <Table.ScrollContainer minWidth={200 + stageCount * 170}>
        <Table verticalSpacing="xs" withColumnBorders withTableBorder aria-label={t("mentoring.tableCaption")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("mentoring.colRegion")}</Table.Th>
              {numbers.map((n) => (
                <Table.Th key={n} ta="center">
                  {stepLabel(`bimtek:${n}`, lang)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {selected.map((c, i) => {
              const q = stages[i];
              return (
                <Table.Tr key={c.id} data-testid="matrix-row" data-candidate-id={c.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/kandidat/$id" params={{ id: String(c.id) }} search={{ tab: "bimtek" }} inherit>
                      {c.regionName}
                    </AnchorLink>
                  </Table.Th>
                  {!q || q.isPending ? (
                    <Table.Td colSpan={stageCount}>
                      <Skeleton height={20} aria-label={t("mentoring.loadingRow")} />
                    </Table.Td>
                  ) : q.isError ? (
                    <Table.Td colSpan={stageCount}>
                      <Text size="sm" c="red">
                        {errorText(q.error)}
                      </Text>
                    </Table.Td>
                  ) : (
                    numbers.map((n) => (
                      <Table.Td key={n} ta="center" p={4}>
                        <StageCell
                          candidateId={c.id}
                          region={c.regionName}
                          stage={q.data.find((s) => s.number === n)}
                          label={stepLabel(`bimtek:${n}`, lang)}
                        />
                      </Table.Td>
                    ))
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function StageCell({
  candidateId,
  region,
  stage,
  label,
}: {
  candidateId: number;
  region: string;
  stage: StageOut | undefined;
  label: string;
}) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  if (!stage) return <Text c="dimmed">{t("common.notAvailable")}</Text>;
  const required = stage.deliverables.filter((d) => d.template.required);
  const approved = required.filter((d) => d.status === "approved").length;
  const overdue = !stage.closedAt && stage.plannedEnd !== null && stage.plannedEnd < today();
  const status = stage.closedAt
    ? t("mentoring.closed", { date: date(stage.closedAt) })
    : t("mentoring.open", { approved, required: required.length });

  return (
    <AnchorLink
      to="/kandidat/$id"
      params={{ id: String(candidateId) }}
      search={{ tab: "bimtek" }}
      underline="never"
      aria-label={t("mentoring.cellLabel", { region, stage: label, status })}
      data-testid={`matrix-cell-${candidateId}-${stage.number}`}
      data-state={stage.closedAt ? "closed" : overdue ? "overdue" : "open"}
    >
      {stage.closedAt ? (
        <Stack gap={0} align="center">
          <Text c="green.8" fw={700} aria-hidden="true">
            ✓
          </Text>
          <Text size="xs" c="green.9">
            {t("mentoring.closed", { date: date(stage.closedAt) })}
          </Text>
        </Stack>
      ) : (
        <Stack gap={2} align="center">
          <Text size="xs">{status}</Text>
          {overdue && (
            <Badge color="red" size="xs" variant="filled" radius="sm" tt="none">
              {t("mentoring.overdue")}
            </Badge>
          )}
        </Stack>
      )}
    </AnchorLink>
  );
}
