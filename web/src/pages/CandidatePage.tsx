import { Breadcrumbs, Group, Skeleton, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CandidateOut, CohortOut } from "../../../domain/cohort-api";
import { candidateQuery, cohortQuery } from "../api/cohorts";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { BimtekTab } from "../components/candidate/BimtekTab";
import { MouView } from "../components/candidate/MouView";
import { ScoringTab } from "../components/candidate/ScoringTab";
import { SelfAssessmentTab } from "../components/candidate/SelfAssessmentTab";
import { CandidateStatusBadge, CohortStatusBadge } from "../components/cohort/StatusBadges";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import type { CandidateTab } from "../routes/search";

const route = getRouteApi("/kandidat/$id");

/** The sections a person sees on a candidate page. */
function visibleTabs(candidate: CandidateOut, cohort: CohortOut | undefined): CandidateTab[] {
  const tabs: CandidateTab[] = ["asesmen"];
  // Assessors' scores are for the admin and the assessors, never for the region.
  if (cohort?.can.readAll || candidate.can.score) tabs.push("penilaian");
  if (candidate.status === "selected") tabs.push("bimtek", "mou");
  return tabs;
}

/** Kandidat/{id}: one region in one cohort — self-assessment, scoring, Bimtek and its MoU. */
export function CandidatePage() {
  return <RequireSession>{() => <CandidateView />}</RequireSession>;
}

function CandidateView() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const candidateId = Number(id);
  const valid = Number.isInteger(candidateId) && candidateId > 0;
  const candidate = useQuery({ ...candidateQuery(candidateId), enabled: valid });
  const cohortId = candidate.data?.cohortId ?? 0;
  const cohort = useQuery({ ...cohortQuery(cohortId), enabled: cohortId > 0 });
  usePageTitle(candidate.data?.regionName ?? t("cohorts.title"));

  if (!valid) return <NotFoundState />;
  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("cohort.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/angkatan" size="sm">
        {t("nav.cohorts")}
      </AnchorLink>
      {candidate.data && (
        <AnchorLink to="/angkatan/$id" params={{ id: String(candidate.data.cohortId) }} size="sm">
          {cohort.data?.name ?? t("candidate.cohort")}
        </AnchorLink>
      )}
      <Text size="sm" aria-current="page">
        {candidate.data?.regionName ?? id}
      </Text>
    </Breadcrumbs>
  );
  if (candidate.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="40%" mb="md" />
        <Skeleton height={200} />
      </>
    );
  }
  if (candidate.isError) {
    return (
      <>
        {crumbs}
        <QueryErrorState error={candidate.error} onRetry={() => void candidate.refetch()} />
      </>
    );
  }
  const c = candidate.data;

  return (
    <>
      {crumbs}
      <Group gap="sm" align="center" mb={4}>
        <Title order={1} size="h2" data-testid="candidate-title">
          {c.regionName}
        </Title>
        <CandidateStatusBadge status={c.status} />
      </Group>
      <Group gap="xs" mb="lg">
        <Text c="dimmed" size="sm">
          {c.provinceName} ·{" "}
          <Text span ff="monospace" inherit>
            {c.regionCode}
          </Text>{" "}
          · {t("candidate.cohort")}: {cohort.data?.name ?? "…"}
        </Text>
        {cohort.data && <CohortStatusBadge status={cohort.data.status} />}
      </Group>
      <CandidateTabs candidate={c} cohort={cohort.data} />
    </>
  );
}

function CandidateTabs({ candidate, cohort }: { candidate: CandidateOut; cohort: CohortOut | undefined }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tabs = visibleTabs(candidate, cohort);
  const fallback: CandidateTab = candidate.status === "selected" ? "bimtek" : "asesmen";
  const active = search.tab && tabs.includes(search.tab) ? search.tab : fallback;
  const labels: Record<CandidateTab, string> = {
    asesmen: t("candidate.tabSelf"),
    penilaian: t("candidate.tabScoring"),
    bimtek: t("candidate.tabBimtek"),
    mou: t("candidate.tabMou"),
  };

  return (
    <Tabs
      value={active}
      onChange={(value) => void navigate({ search: { tab: value as CandidateTab } })}
      keepMounted={false}
    >
      <Tabs.List aria-label={t("candidate.tabsLabel")} mb="md">
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab} data-testid={`candidate-tab-${tab}`}>
            {labels[tab]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="asesmen">
        <SelfAssessmentTab candidateId={candidate.id} />
      </Tabs.Panel>
      <Tabs.Panel value="penilaian">
        <ScoringTab candidateId={candidate.id} />
      </Tabs.Panel>
      <Tabs.Panel value="bimtek">
        <BimtekTab candidateId={candidate.id} />
      </Tabs.Panel>
      <Tabs.Panel value="mou">
        <MouView candidateId={candidate.id} />
      </Tabs.Panel>
    </Tabs>
  );
}
