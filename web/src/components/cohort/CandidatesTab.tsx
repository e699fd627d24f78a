import { Button, Group, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateOut, CohortOut } from "../../../../domain/cohort-api";
import { candidatesQuery, rankingQuery } from "../../api/cohorts";
import { useFormatNumber } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { Notice, type NoticeMessage } from "../Notice";
import { AnchorLink } from "../RouterLinks";
import { AddCandidatesModal } from "./AddCandidatesModal";
import { CandidateStatusBadge } from "./StatusBadges";
import { WithdrawModal } from "./WithdrawModal";

const ADDING_PHASES = ["draft", "assessment"];

/** Kandidat & Asesmen: the invited regions, their status and how many assessors have scored them. */
export function CandidatesTab({ cohort }: { cohort: CohortOut }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const queryClient = useQueryClient();
  const candidates = useQuery(candidatesQuery(cohort.id));
  const ranking = useQuery(rankingQuery(cohort.id, cohort.can.readAll));
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<CandidateOut | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const canAdd = cohort.can.manage && ADDING_PHASES.includes(cohort.status);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ["cohorts"] });

  if (candidates.isPending) {
    return (
      <Stack gap="xs" aria-busy>
        {[1, 2, 3].map((n) => (
          <Skeleton key={n} height={36} />
        ))}
      </Stack>
    );
  }
  if (candidates.isError) {
    return <QueryErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />;
  }

  const list = candidates.data;
  const assessorsOf = (id: number) => ranking.data?.data.find((r) => r.candidateId === id)?.assessors;
  const withActions = list.some((c) => c.can.withdraw);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" role="status">
          {t("candidates.count", { count: list.filter((c) => c.status !== "withdrawn").length })}
        </Text>
        {canAdd && (
          <Button onClick={() => setAdding(true)} data-testid="candidates-add-open">
            {t("candidates.add")}
          </Button>
        )}
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />

      {list.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{canAdd ? t("candidates.emptyAdmin") : t("candidates.empty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped highlightOnHover aria-label={t("candidates.tableCaption")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t("candidates.colCode")}</Table.Th>
                <Table.Th>{t("candidates.colRegion")}</Table.Th>
                <Table.Th>{t("candidates.colProvince")}</Table.Th>
                <Table.Th w={200}>{t("candidates.colStatus")}</Table.Th>
                {cohort.can.readAll && (
                  <Table.Th w={90} ta="right">
                    {t("candidates.colAssessors")}
                  </Table.Th>
                )}
                {withActions && <Table.Th w={130}>{t("candidates.colActions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => {
                const assessors = assessorsOf(c.id);
                return (
                  <Table.Tr key={c.id} data-testid="candidate-row" data-code={c.regionCode} data-status={c.status}>
                    <Table.Td ff="monospace">{c.regionCode}</Table.Td>
                    <Table.Td>
                      <AnchorLink to="/kandidat/$id" params={{ id: String(c.id) }} fw={500}>
                        {c.regionName}
                      </AnchorLink>
                      {c.withdrawnReason && (
                        <Text size="xs" c="dimmed">
                          {t("candidates.withdrawnBecause", { reason: c.withdrawnReason })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{c.provinceName}</Table.Td>
                    <Table.Td>
                      <CandidateStatusBadge status={c.status} />
                    </Table.Td>
                    {cohort.can.readAll && (
                      <Table.Td ta="right">
                        {assessors === undefined ? t("common.notAvailable") : formatNumber(assessors)}
                      </Table.Td>
                    )}
                    {withActions && (
                      <Table.Td>
                        {c.can.withdraw && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => setWithdrawing(c)}
                            aria-label={t("candidates.withdrawFor", { region: c.regionName })}
                            data-testid={`withdraw-${c.id}`}
                          >
                            {t("candidates.withdraw")}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <AddCandidatesModal
        cohortId={adding ? cohort.id : null}
        onClose={() => setAdding(false)}
        onAdded={(result) => {
          setAdding(false);
          const already = result.alreadyCandidates.length
            ? ` ${t("addCandidates.already", { codes: result.alreadyCandidates.join(", ") })}`
            : "";
          setNotice({ text: t("addCandidates.added", { count: result.added.length }) + already });
          void refresh();
        }}
      />
      <WithdrawModal
        candidate={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={(c) => {
          setWithdrawing(null);
          setNotice({ text: t("candidates.withdrawn", { region: c.regionName }) });
          void refresh();
        }}
      />
    </Stack>
  );
}
