import { Button, Group, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { participantsQuery, type RoundOut, roundsQuery } from "../api/evaluations";
import { isNationalAdmin, type Me } from "../api/session";
import { QueryErrorState } from "../components/AccessStates";
import { RoundCreateModal } from "../components/evaluation/RoundCreateModal";
import { RoundStatusBadge } from "../components/evaluation/StatusBadge";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useFormatNumber } from "../i18n/format";

/** Whether the person belongs to a region (coordinator, viewer, OPD contributor): they see their own evaluations. */
function hasRegion(me: Me): boolean {
  return !isNationalAdmin(me) && me.data.memberships.some((m) => m.regionCode !== null);
}

/** Evaluasi: the rounds the person may see; the national admin opens them here. */
export function EvaluationRoundsPage() {
  return <RequireSession>{(me) => <RoundsView regional={hasRegion(me)} />}</RequireSession>;
}

function RoundsView({ regional }: { regional: boolean }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rounds = useQuery(roundsQuery());
  const [creating, setCreating] = useState(false);
  usePageTitle(t("evaluation.rounds.title"));
  const canCreate = rounds.data?.can.create ?? false;
  const list = rounds.data?.data ?? [];

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <PageHeader
          title={t("evaluation.rounds.title")}
          description={t("evaluation.rounds.intro")}
          testId="rounds-title"
        />
        <Group gap="sm">
          <ButtonLink to="/evaluasi/hasil" variant="default" data-testid="results-link">
            {t("evaluation.rounds.results")}
          </ButtonLink>
          {canCreate && (
            <ButtonLink to="/evaluasi/skema" variant="default" data-testid="schemes-link">
              {t("evaluationSchemes.link")}
            </ButtonLink>
          )}
          {canCreate && (
            <Button onClick={() => setCreating(true)} data-testid="round-create-open">
              {t("evaluation.rounds.create")}
            </Button>
          )}
        </Group>
      </Group>

      {rounds.isPending ? (
        <Stack gap="xs" aria-busy>
          {[1, 2, 3].map((n) => (
            <Skeleton key={n} height={40} />
          ))}
        </Stack>
      ) : rounds.isError ? (
        <QueryErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : list.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{canCreate ? t("evaluation.rounds.emptyAdmin") : t("evaluation.rounds.empty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" striped highlightOnHover aria-label={t("evaluation.rounds.caption")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t("evaluation.rounds.colYear")}</Table.Th>
                <Table.Th w={80}>{t("evaluation.rounds.colTahap")}</Table.Th>
                <Table.Th>{t("evaluation.rounds.colName")}</Table.Th>
                <Table.Th w={170}>{t("evaluation.rounds.colStatus")}</Table.Th>
                <Table.Th w={90} ta="right">
                  {t("evaluation.rounds.colParticipants")}
                </Table.Th>
                <Table.Th w={80} ta="right">
                  {t("evaluation.rounds.colAssessors")}
                </Table.Th>
                {regional && <Table.Th>{t("evaluation.rounds.colOwn")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((r) => (
                <Table.Tr key={r.id} data-testid="round-row" data-round-id={r.id}>
                  <Table.Td>{r.year}</Table.Td>
                  <Table.Td>{r.tahap}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/evaluasi/$id" params={{ id: String(r.id) }} fw={500}>
                      {r.name}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {r.schemeName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RoundStatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(r.counts.participants)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.counts.assessors)}</Table.Td>
                  {regional && (
                    <Table.Td>
                      <OwnEvaluations round={r} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <RoundCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(round) => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: ["evaluations"] });
          void navigate({ to: "/evaluasi/$id", params: { id: String(round.id) } });
        }}
      />
    </>
  );
}

/** A region person's own evaluation(s) in a round: the list endpoint answers only with theirs. */
function OwnEvaluations({ round }: { round: RoundOut }) {
  const { t } = useTranslation();
  const own = useQuery(participantsQuery(round.id, { pageSize: 20 }));
  if (own.isPending) return <Skeleton height={16} width={120} />;
  if (own.isError || own.data.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("evaluation.rounds.notParticipating")}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {own.data.data.map((e) => (
        <AnchorLink
          key={e.id}
          to="/evaluasi/wilayah/$id"
          params={{ id: String(e.id) }}
          size="sm"
          data-testid="own-evaluation-link"
          data-code={e.regionCode}
        >
          {e.regionName}
        </AnchorLink>
      ))}
    </Stack>
  );
}
