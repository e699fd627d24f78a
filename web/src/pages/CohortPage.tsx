import { Breadcrumbs, Skeleton, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CohortOut } from "../../../domain/cohort-api";
import { cohortQuery } from "../api/cohorts";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { CandidatesTab } from "../components/cohort/CandidatesTab";
import { CohortHeader } from "../components/cohort/CohortHeader";
import { MentoringTab } from "../components/cohort/MentoringTab";
import { MouTab } from "../components/cohort/MouTab";
import { ReportTab } from "../components/cohort/ReportTab";
import { SelectionTab } from "../components/cohort/SelectionTab";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import type { CohortTab } from "../routes/search";

const route = getRouteApi("/angkatan/$id");

/** The sections a person sees: the ranking and report need `readAll` (admin, assessors), the matrix stage rights. */
export function visibleCohortTabs(cohort: CohortOut): CohortTab[] {
  const tabs: CohortTab[] = ["kandidat"];
  if (cohort.can.readAll) tabs.push("seleksi");
  // Memoranda are the program office's work; a region reads its own on its candidate page.
  if (cohort.can.manage) tabs.push("mou");
  // Assessors read the ranking, not the regions' workspaces.
  if (cohort.can.manage || !cohort.can.readAll) tabs.push("pendampingan");
  if (cohort.can.readAll) tabs.push("laporan");
  return tabs;
}

/** Angkatan/{id}: one cohort, its phase, and its sections as tabs kept in the URL. */
export function CohortPage() {
  return <RequireSession>{() => <CohortView />}</RequireSession>;
}

function CohortView() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const cohortId = Number(id);
  const valid = Number.isInteger(cohortId) && cohortId > 0;
  const cohort = useQuery({ ...cohortQuery(cohortId), enabled: valid });
  usePageTitle(cohort.data?.name ?? t("cohorts.title"));

  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("cohort.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/angkatan" size="sm">
        {t("nav.cohorts")}
      </AnchorLink>
      <Text size="sm" aria-current="page">
        {cohort.data?.name ?? id}
      </Text>
    </Breadcrumbs>
  );

  if (!valid) return <NotFoundState />;
  if (cohort.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="40%" mb="md" />
        <Skeleton height={160} />
      </>
    );
  }
  if (cohort.isError) {
    return (
      <>
        {crumbs}
        <QueryErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />
      </>
    );
  }
  return (
    <>
      {crumbs}
      <CohortHeader cohort={cohort.data} onMoved={() => void cohort.refetch()} />
      <CohortTabs cohort={cohort.data} />
    </>
  );
}

function CohortTabs({ cohort }: { cohort: CohortOut }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tabs = visibleCohortTabs(cohort);
  const active = search.tab && tabs.includes(search.tab) ? search.tab : "kandidat";
  const labels: Record<CohortTab, string> = {
    kandidat: t("cohort.tabCandidates"),
    seleksi: t("cohort.tabSelection"),
    mou: t("cohort.tabMou"),
    pendampingan: t("cohort.tabMentoring"),
    laporan: t("cohort.tabReport"),
  };

  return (
    <Tabs
      value={active}
      onChange={(value) =>
        void navigate({
          // The report's filters belong to the report; other tabs start clean.
          search: { tab: value === "kandidat" ? undefined : (value as CohortTab) },
        })
      }
      keepMounted={false}
    >
      <Tabs.List aria-label={t("cohort.tabsLabel")} mb="md">
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab} data-testid={`cohort-tab-${tab}`}>
            {labels[tab]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="kandidat">
        <CandidatesTab cohort={cohort} />
      </Tabs.Panel>
      <Tabs.Panel value="seleksi">
        <SelectionTab cohort={cohort} />
      </Tabs.Panel>
      <Tabs.Panel value="mou">
        <MouTab cohort={cohort} />
      </Tabs.Panel>
      <Tabs.Panel value="pendampingan">
        <MentoringTab cohort={cohort} />
      </Tabs.Panel>
      <Tabs.Panel value="laporan">
        <ReportTab cohort={cohort} />
      </Tabs.Panel>
    </Tabs>
  );
}
