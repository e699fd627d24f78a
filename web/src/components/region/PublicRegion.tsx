import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type PublicRegionOut, publicRegionQuery } from "../../api/public-region";
import { useFormatDate, useFormatDecimal } from "../../i18n/format";
import { ErrorState } from "../ErrorState";
import { FeedbackDialog } from "../feedback/FeedbackDialog";
import { PublicFeedbackSection } from "../feedback/PublicFeedbackSection";
import type { FeedbackSubject } from "../feedback/types";
import { useFeedbackCounts } from "../feedback/use-feedback-counts";
import { PublicIndicators, PublicPlanOverview, PublicPrograms, PublicQuickWins } from "./PublicPlan";
import { PublicBudget, PublicProgress } from "./PublicProgress";
import { RuleText } from "./RuleText";
import { useOpenGraph } from "./use-open-graph";
import "./public-region.css";

/** What anyone may read of a kabupaten/kota: participation, enacted plan, progress, published evaluation. */
export function PublicRegion({ code }: { code: string }) {
  const { t } = useTranslation();
  const query = useQuery(publicRegionQuery(code));
  const feedbackCounts = useFeedbackCounts(code);
  const [feedbackSubject, setFeedbackSubject] = useState<FeedbackSubject | null>(null);
  const feedback = { counts: feedbackCounts, onOpen: setFeedbackSubject };
  const d = query.data;
  const programs = d?.masterplan?.dimensions.reduce((s, x) => s + x.programs.length, 0) ?? 0;
  useOpenGraph(
    d?.region.displayName,
    d &&
      (d.masterplan
        ? t("publicRegion.metaDescriptionPlan", {
            name: d.region.displayName,
            title: d.masterplan.title,
            period: `${d.masterplan.periodStart}–${d.masterplan.periodEnd}`,
            programs,
          })
        : t("publicRegion.metaDescription", { name: d.region.displayName })),
  );

  if (query.isPending)
    return (
      <Stack gap="lg" aria-busy="true" aria-label={t("publicRegion.loading")}>
        <Skeleton height={120} />
        <Skeleton height={240} />
      </Stack>
    );
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { masterplan: plan } = query.data;

  return (
    <Stack gap="lg" data-testid="public-region">
      <Group justify="flex-end" data-print="hide">
        <Button variant="default" size="xs" onClick={() => window.print()}>
          {t("publicRegion.print")}
        </Button>
      </Group>
      <Participation rows={query.data.participation} />
      {plan ? (
        <>
          <PublicPlanOverview plan={plan} regionName={query.data.region.displayName} />
          <PublicPrograms plan={plan} feedback={feedback} />
          <PublicProgress plan={plan} />
          <PublicBudget plan={plan} />
          <PublicQuickWins plan={plan} feedback={feedback} />
          <PublicIndicators plan={plan} />
          <PublicFeedbackSection regionCode={code} />
          <FeedbackDialog regionCode={code} subject={feedbackSubject} onClose={() => setFeedbackSubject(null)} />
        </>
      ) : (
        <Paper withBorder p="xl" radius="md" data-testid="public-no-plan">
          <Title order={2} size="h3" mb="xs">
            {t("publicRegion.noPlan")}
          </Title>
          <Text c="dimmed">{t("publicRegion.noPlanHint")}</Text>
        </Paper>
      )}
      <Evaluation result={query.data.evaluation} />
    </Stack>
  );
}

function Participation({ rows }: { rows: PublicRegionOut["participation"] }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-part" data-print="section">
      <Title order={2} size="h3" id="pr-part" mb="sm">
        {t("publicRegion.participationTitle")}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t("publicRegion.noParticipation")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped data-testid="participation-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("publicRegion.cohort")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.status")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.mouDate")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.stageClosed")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.cohortYear}:${r.cohortName}`}>
                  <Table.Th scope="row" fw={500}>
                    {r.cohortName}
                  </Table.Th>
                  <Table.Td>{t(`publicRegion.candidateStatus.${r.candidateStatus}`)}</Table.Td>
                  <Table.Td>{r.mouDate ? date(r.mouDate) : "—"}</Table.Td>
                  <Table.Td>{r.bimtekStageClosed ? t("publicRegion.stage", { n: r.bimtekStageClosed }) : "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function Evaluation({ result }: { result: PublicRegionOut["evaluation"] }) {
  const { t } = useTranslation();
  const decimal = useFormatDecimal();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-eval" data-print="section">
      <Title order={2} size="h3" id="pr-eval" mb="sm">
        {t("publicRegion.evaluationTitle")}
      </Title>
      {!result ? (
        <Text c="dimmed">{t("publicRegion.noEvaluation")}</Text>
      ) : (
        <>
          <Text mb="sm">{result.roundName}</Text>
          <SimpleGrid component="dl" cols={{ base: 3 }} spacing="md" m={0} data-testid="public-evaluation">
            <div>
              <Text size="sm" c="dimmed" component="dt">
                {t("publicRegion.index")}
              </Text>
              <Text fw={700} size="xl" component="dd" m={0}>
                {result.index === null ? "—" : decimal(result.index)}
              </Text>
            </div>
            <div>
              <Text size="sm" c="dimmed" component="dt">
                {t("publicRegion.nationalRank")}
              </Text>
              <Text fw={700} size="xl" component="dd" m={0}>
                {result.nationalRank ?? "—"}
              </Text>
            </div>
            <div>
              <Text size="sm" c="dimmed" component="dt">
                {t("publicRegion.improvement")}
              </Text>
              <Text fw={700} size="xl" component="dd" m={0}>
                {result.improvement === null
                  ? "—"
                  : `${result.improvement > 0 ? "+" : ""}${decimal(result.improvement)}`}
              </Text>
            </div>
          </SimpleGrid>
        </>
      )}
      <RuleText rule="evaluation" />
    </Paper>
  );
}
