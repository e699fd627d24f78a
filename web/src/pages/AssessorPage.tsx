import { Badge, Paper, Progress, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { CohortOut } from "../../../domain/cohort-api";
import { assessmentQuery } from "../api/assessment";
import { type Candidacy, useCandidacies } from "../api/candidacies";
import type { Me } from "../api/session";
import { QueryErrorState } from "../components/AccessStates";
import { CohortStatusBadge } from "../components/cohort/StatusBadges";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useFormatNumber } from "../i18n/format";
import { useDomainLabels } from "../i18n/labels";

/** The cohorts a person assesses, from their assessor roles. */
export function assessedCohortIds(me: Me | null | undefined): number[] {
  return [
    ...new Set(
      (me?.data.memberships ?? []).flatMap((m) => (m.role === "assessor" && m.cohortId !== null ? [m.cohortId] : [])),
    ),
  ];
}

/** Penilaian: an assessor's candidates to score, cohort by cohort, with their progress. */
export function AssessorPage() {
  return <RequireSession>{(me) => <AssessorView cohortIds={assessedCohortIds(me)} />}</RequireSession>;
}

function AssessorView({ cohortIds }: { cohortIds: number[] }) {
  const { t } = useTranslation();
  usePageTitle(t("assessorHome.title"));
  const data = useCandidacies({ cohortIds, enabled: cohortIds.length > 0 });

  return (
    <>
      <PageHeader title={t("assessorHome.title")} description={t("assessorHome.intro")} testId="assessor-title" />
      {cohortIds.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{t("assessorHome.empty")}</Text>
        </Paper>
      ) : data.isPending ? (
        <Skeleton height={200} />
      ) : data.error ? (
        <QueryErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <Stack gap="xl">
          {data.cohorts.map((cohort) => (
            <CohortScoring
              key={cohort.id}
              cohort={cohort}
              rows={data.candidacies.filter((c) => c.cohort.id === cohort.id && c.candidate.status !== "withdrawn")}
            />
          ))}
        </Stack>
      )}
    </>
  );
}

function CohortScoring({ cohort, rows }: { cohort: CohortOut; rows: Candidacy[] }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const formatNumber = useFormatNumber();
  const assessments = useQueries({ queries: rows.map((r) => assessmentQuery(r.candidate.id)) });
  const progress = rows.map((_, i) => {
    const a = assessments[i]?.data;
    const own = a?.scores[0];
    return { scored: own?.items.length ?? 0, total: a?.instrument.criteria.length ?? 0, loaded: Boolean(a) };
  });
  const done = progress.filter((p) => p.loaded && p.total > 0 && p.scored >= p.total).length;

  return (
    <Stack gap="sm" component="section" aria-labelledby={`cohort-${cohort.id}`} data-testid="assessor-cohort">
      <Stack gap={4}>
        <Title order={2} size="h3" id={`cohort-${cohort.id}`}>
          <AnchorLink to="/angkatan/$id" params={{ id: String(cohort.id) }} inherit>
            {cohort.name}
          </AnchorLink>{" "}
          <CohortStatusBadge status={cohort.status} />
        </Title>
        {cohort.status !== "assessment" && (
          <Text size="sm" c="dimmed">
            {t("assessorHome.phaseNote", { status: labels.cohortStatus(cohort.status) })}
          </Text>
        )}
        <Text size="sm" fw={500} role="status" data-testid="assessor-progress">
          {t("assessorHome.progress", { scored: formatNumber(done), total: formatNumber(rows.length) })}
        </Text>
        <Progress value={rows.length ? (done / rows.length) * 100 : 0} size="md" radius="sm" aria-hidden="true" />
      </Stack>
      {rows.length === 0 ? (
        <Text c="dimmed">{t("assessorHome.noCandidates")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" striped aria-label={cohort.name}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("assessorHome.colRegion")}</Table.Th>
                <Table.Th>{t("assessorHome.colProvince")}</Table.Th>
                <Table.Th>{t("assessorHome.colStatus")}</Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => {
                const p = progress[i] ?? { scored: 0, total: 0, loaded: false };
                const complete = p.loaded && p.total > 0 && p.scored >= p.total;
                return (
                  <Table.Tr key={r.candidate.id} data-testid="assessor-row" data-code={r.candidate.regionCode}>
                    <Table.Td fw={500}>{r.candidate.regionName}</Table.Td>
                    <Table.Td>{r.candidate.provinceName}</Table.Td>
                    <Table.Td>
                      {!p.loaded ? (
                        <Skeleton height={16} width={80} />
                      ) : complete ? (
                        <Badge color="green" variant="light" radius="sm" tt="none">
                          {t("assessorHome.done")}
                        </Badge>
                      ) : p.scored > 0 ? (
                        <Badge color="orange" variant="light" radius="sm" tt="none">
                          {t("assessorHome.partial", { scored: p.scored, total: p.total })}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t("assessorHome.notStarted")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ButtonLink
                        to="/kandidat/$id"
                        params={{ id: String(r.candidate.id) }}
                        search={{ tab: "penilaian" }}
                        size="compact-sm"
                        variant={r.candidate.can.score && !complete ? "filled" : "light"}
                        data-testid={`assessor-open-${r.candidate.id}`}
                      >
                        {r.candidate.can.score ? t("assessorHome.open") : t("assessorHome.view")}
                      </ButtonLink>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
