import { Alert, Breadcrumbs, Group, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { type EvaluationDetail, evaluationQuery } from "../api/evaluations";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { useEvaluationLabels } from "../components/evaluation/labels";
import { ResultView } from "../components/evaluation/ResultView";
import { ScoreSheet } from "../components/evaluation/ScoreSheet";
import { ScoreSheetsView } from "../components/evaluation/ScoreSheetsView";
import { SelfAssessmentTab } from "../components/evaluation/SelfAssessmentTab";
import { RoundStatusBadge } from "../components/evaluation/StatusBadge";
import type { EvaluationTab } from "../components/evaluation/search";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/evaluasi/wilayah/$id");

/** The sections a person sees: score sheets for the admin and the round's assessors, the result once published. */
export function visibleEvaluationTabs(d: EvaluationDetail): EvaluationTab[] {
  const tabs: EvaluationTab[] = ["mandiri"];
  if (d.evaluation.can.readScores) tabs.push("nilai");
  if (d.round.status === "published") tabs.push("hasil");
  return tabs;
}

function defaultTab(d: EvaluationDetail): EvaluationTab {
  if (d.round.status === "published") return "hasil";
  if (d.evaluation.can.score) return "nilai";
  return "mandiri";
}

/** Evaluasi/wilayah/{id}: one region's evaluation — self-assessment, score sheets and its result. */
export function EvaluationPage() {
  return <RequireSession>{(me) => <EvaluationView meId={me.data.id} />}</RequireSession>;
}

function EvaluationView({ meId }: { meId: string }) {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const evaluationId = Number(id);
  const valid = Number.isInteger(evaluationId) && evaluationId > 0;
  const detail = useQuery({ ...evaluationQuery(evaluationId), enabled: valid });
  const title = detail.data
    ? t("evaluation.page.title", { region: detail.data.evaluation.regionName, round: detail.data.round.name })
    : t("evaluation.nav");
  usePageTitle(title);

  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("evaluation.round.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/evaluasi" size="sm">
        {t("evaluation.nav")}
      </AnchorLink>
      {detail.data && (
        <AnchorLink to="/evaluasi/$id" params={{ id: String(detail.data.round.id) }} size="sm">
          {detail.data.round.name}
        </AnchorLink>
      )}
      <Text size="sm" aria-current="page">
        {detail.data?.evaluation.regionName ?? id}
      </Text>
    </Breadcrumbs>
  );

  if (!valid) return <NotFoundState />;
  if (detail.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="40%" mb="md" />
        <Skeleton height={240} />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        {crumbs}
        <QueryErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }
  const reload = async () => (await detail.refetch()).data;
  const d = detail.data;
  return (
    <>
      {crumbs}
      <Stack gap={4} mb="lg">
        <Group gap="sm" align="center">
          <Title order={1} size="h2" data-testid="evaluation-title">
            {d.evaluation.regionName}
          </Title>
          <RoundStatusBadge status={d.round.status} />
        </Group>
        <Text c="dimmed">
          {d.evaluation.provinceName} · {d.round.name}
        </Text>
      </Stack>
      <EvaluationTabs detail={d} meId={meId} reload={reload} />
    </>
  );
}

type TabsProps = { detail: EvaluationDetail; meId: string; reload: () => Promise<EvaluationDetail | undefined> };

function EvaluationTabs({ detail, meId, reload }: TabsProps) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tabs = visibleEvaluationTabs(detail);
  const fallback = defaultTab(detail);
  const active = search.tab && tabs.includes(search.tab) ? search.tab : fallback;
  const names: Record<EvaluationTab, string> = {
    mandiri: t("evaluation.page.tabSelf"),
    nilai: detail.evaluation.can.score ? t("evaluation.page.tabScore") : t("evaluation.page.tabSheets"),
    hasil: t("evaluation.page.tabResult"),
  };
  const own = detail.scoreSheets.find((s) => s.assessorId === meId);

  return (
    <Tabs
      value={active}
      onChange={(value) =>
        void navigate({ search: { tab: value === fallback ? undefined : (value as EvaluationTab) } })
      }
      keepMounted={false}
    >
      <Tabs.List aria-label={t("evaluation.page.tabsLabel")} mb="md">
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab} data-testid={`evaluation-tab-${tab}`}>
            {names[tab]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="mandiri">
        <SelfAssessmentTab detail={detail} reload={reload} />
      </Tabs.Panel>
      <Tabs.Panel value="nilai">
        {detail.evaluation.can.score ? (
          <ScoreSheet key={detail.evaluation.id} detail={detail} sheet={own} reload={reload} />
        ) : (
          <Stack gap="md">
            {!detail.round.can.manage && detail.round.status !== "published" && (
              <Alert color="blue" variant="light" data-testid="score-closed">
                {t("evaluation.score.closed", { status: labels.status(detail.round.status) })}
              </Alert>
            )}
            <ScoreSheetsView detail={detail} />
          </Stack>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="hasil">
        <ResultView evaluationId={detail.evaluation.id} scheme={detail.scheme} />
      </Tabs.Panel>
    </Tabs>
  );
}
