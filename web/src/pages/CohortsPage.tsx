import { Button, Group, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { cohortsQuery } from "../api/cohorts";
import { isNationalAdmin } from "../api/session";
import { QueryErrorState } from "../components/AccessStates";
import { CohortCreateModal } from "../components/cohort/CohortCreateModal";
import { CohortStatusBadge } from "../components/cohort/StatusBadges";
import { InstrumentsSection } from "../components/instrument/InstrumentsSection";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useFormatNumber } from "../i18n/format";

/** Angkatan: the cohorts the person may see; the national admin creates them here. */
export function CohortsPage() {
  return <RequireSession>{(me) => <CohortsView canCreate={isNationalAdmin(me)} />}</RequireSession>;
}

function CohortsView({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const cohorts = useQuery(cohortsQuery());
  const [creating, setCreating] = useState(false);
  usePageTitle(t("cohorts.title"));

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <PageHeader title={t("cohorts.title")} description={t("cohorts.intro")} testId="cohorts-title" />
        {canCreate && (
          <Button onClick={() => setCreating(true)} data-testid="cohort-create-open">
            {t("cohorts.create")}
          </Button>
        )}
      </Group>

      {cohorts.isPending ? (
        <Stack gap="xs" aria-busy>
          {[1, 2, 3].map((n) => (
            <Skeleton key={n} height={40} />
          ))}
        </Stack>
      ) : cohorts.isError ? (
        <QueryErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />
      ) : cohorts.data.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{canCreate ? t("cohorts.emptyAdmin") : t("cohorts.empty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped highlightOnHover aria-label={t("cohorts.tableCaption")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t("cohorts.colYear")}</Table.Th>
                <Table.Th>{t("cohorts.colName")}</Table.Th>
                <Table.Th w={190}>{t("cohorts.colStatus")}</Table.Th>
                <Table.Th w={90} ta="right">
                  {t("cohorts.colQuota")}
                </Table.Th>
                <Table.Th w={100} ta="right">
                  {t("cohorts.colCandidates")}
                </Table.Th>
                <Table.Th w={100} ta="right">
                  {t("cohorts.colSelected")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cohorts.data.map((c) => (
                <Table.Tr key={c.id} data-testid="cohort-row" data-cohort-id={c.id}>
                  <Table.Td>{c.year}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/angkatan/$id" params={{ id: String(c.id) }} fw={500}>
                      {c.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <CohortStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(c.quota)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.counts.candidates)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.counts.selected)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {canCreate && <InstrumentsSection />}

      <CohortCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(cohort) => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: ["cohorts"] });
          // The next step is inviting candidates, on the new cohort's page.
          void navigate({ to: "/angkatan/$id", params: { id: String(cohort.id) } });
        }}
      />
    </>
  );
}
