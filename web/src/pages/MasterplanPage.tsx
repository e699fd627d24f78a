import { Breadcrumbs, Grid, Group, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanOut } from "../../../domain/masterplan-responses";
import { frameworkQuery } from "../api/frameworks";
import { masterplanQuery } from "../api/masterplans";
import { opdListQuery } from "../api/opds";
import { regionQuery } from "../api/regions";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { CommentsButton } from "../components/masterplan/CommentsButton";
import { CompletenessList } from "../components/masterplan/CompletenessList";
import { DocumentsMenu } from "../components/masterplan/DocumentsMenu";
import { ElementsTab } from "../components/masterplan/ElementsTab";
import { ForewordCard } from "../components/masterplan/ForewordCard";
import { GovernanceTab } from "../components/masterplan/GovernanceTab";
import { HistoryButton } from "../components/masterplan/HistoryPanel";
import { MasterplanStatusBadge } from "../components/masterplan/MasterplanStatusBadge";
import { ProgramsTab } from "../components/masterplan/ProgramsTab";
import { QuickWinsTab } from "../components/masterplan/QuickWinsTab";
import { RoadmapTab } from "../components/masterplan/RoadmapTab";
import { StrategicTab } from "../components/masterplan/StrategicTab";
import { TransitionControls } from "../components/masterplan/TransitionControls";
import { VisionTab } from "../components/masterplan/VisionTab";
import { Notice, type NoticeMessage } from "../components/Notice";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useFormatDate } from "../i18n/format";
import { MASTERPLAN_TABS, type MasterplanSearch, type MasterplanTab } from "../routes/search";

const route = getRouteApi("/masterplan/$id");

/** Masterplan/{id}: overview with completeness and transitions, and the chapters as tabs kept in ?tab=. */
export function MasterplanPage() {
  return <RequireSession>{() => <MasterplanView />}</RequireSession>;
}

function MasterplanView() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const planId = Number(id);
  const valid = Number.isInteger(planId) && planId > 0;
  const plan = useQuery({ ...masterplanQuery(planId), enabled: valid });
  const region = useQuery({ ...regionQuery(plan.data?.regionCode ?? ""), enabled: Boolean(plan.data) });
  const regionName = region.data?.displayName ?? plan.data?.regionCode ?? "";
  const title = plan.data
    ? t("masterplan.title", { region: regionName, start: plan.data.periodStart, end: plan.data.periodEnd })
    : t("masterplan.section");
  usePageTitle(title);

  if (!valid) return <NotFoundState />;
  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("masterplan.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/wilayah" size="sm">
        {t("nav.regions")}
      </AnchorLink>
      {plan.data && (
        <AnchorLink to="/wilayah/$code" params={{ code: plan.data.regionCode }} size="sm">
          {regionName}
        </AnchorLink>
      )}
      <Text size="sm" aria-current="page">
        {t("masterplan.section")}
      </Text>
    </Breadcrumbs>
  );
  if (plan.isPending)
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="50%" mb="md" />
        <Skeleton height={240} />
      </>
    );
  if (plan.isError)
    return (
      <>
        {crumbs}
        <QueryErrorState error={plan.error} onRetry={() => void plan.refetch()} />
      </>
    );
  return (
    <>
      {crumbs}
      <Overview plan={plan.data} title={title} />
    </>
  );
}

function Overview({ plan, title }: { plan: MasterplanOut; title: string }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const go = (next: MasterplanSearch) => void navigate({ search: next });

  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Group gap="sm" align="center">
              <Title order={1} size="h2" data-testid="masterplan-title">
                {title}
              </Title>
              <MasterplanStatusBadge status={plan.status} />
            </Group>
            <Group gap={4}>
              <CommentsButton
                planId={plan.id}
                targetType="masterplan"
                targetId={String(plan.id)}
                targetLabel={t("masterplan.review.planTarget")}
              />
              <HistoryButton
                planId={plan.id}
                entityType="masterplan"
                entityId={String(plan.id)}
                targetLabel={t("masterplan.review.planTarget")}
              />
              <DocumentsMenu planId={plan.id} />
              <ButtonLink
                to="/masterplan/$id/monitoring"
                params={{ id: String(plan.id) }}
                size="compact-sm"
                variant="light"
                data-testid="masterplan-monitoring"
              >
                {t("monitoring.open")}
              </ButtonLink>
            </Group>
            {plan.status === "enacted" && plan.perkadaNumber && (
              <Text data-testid="masterplan-perkada">
                {t("masterplan.perkada", {
                  number: plan.perkadaNumber,
                  date: plan.perkadaDate ? date(plan.perkadaDate) : "—",
                })}
              </Text>
            )}
            {!plan.can.update && (
              <Text size="sm" c="dimmed">
                {t("masterplan.readOnly")}
              </Text>
            )}
            <TransitionControls plan={plan} onDone={(text) => setNotice({ text })} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CompletenessList planId={plan.id} onGo={go} />
        </Grid.Col>
      </Grid>
      <Chapters plan={plan} search={search} go={go} />
    </Stack>
  );
}

function Chapters({
  plan,
  search,
  go,
}: {
  plan: MasterplanOut;
  search: MasterplanSearch;
  go: (s: MasterplanSearch) => void;
}) {
  const { t } = useTranslation();
  const framework = useQuery(frameworkQuery(plan.frameworkId));
  // People who read the plan but not the region's OPD list (a mentor) still see OPD ids resolved when allowed.
  const opds = useQuery({ ...opdListQuery(plan.regionCode), retry: false });
  const active: MasterplanTab = search.tab ?? "strategis";
  const opdList = opds.data?.data ?? [];

  return (
    <Tabs value={active} onChange={(value) => go({ tab: value as MasterplanTab })} keepMounted={false}>
      <Tabs.List aria-label={t("masterplan.tabsLabel")} mb="md">
        {MASTERPLAN_TABS.map((tab) => (
          <Tabs.Tab key={tab} value={tab} data-testid={`masterplan-tab-${tab}`}>
            {t(`masterplan.tabs.${tab}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="strategis">
        <StrategicTab planId={plan.id} />
      </Tabs.Panel>
      <Tabs.Panel value="visi">
        <Stack gap="md">
          <ForewordCard planId={plan.id} />
          <VisionTab planId={plan.id} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="dimensi">
        <ElementsTab
          planId={plan.id}
          frameworkId={plan.frameworkId}
          openDimension={search.dimension}
          onOpen={(dimension) => go({ tab: "dimensi", dimension })}
        />
      </Tabs.Panel>
      <Tabs.Panel value="program">
        {framework.isPending ? (
          <Skeleton height={300} />
        ) : framework.isError ? (
          <QueryErrorState error={framework.error} onRetry={() => void framework.refetch()} />
        ) : (
          <ProgramsTab
            plan={plan}
            framework={framework.data}
            opds={opdList}
            filter={{ dimension: search.dimension, element: search.element, opd: search.opd, term: search.term }}
            page={search.page ?? 1}
            onFilter={({ page, ...filter }) => go({ tab: "program", ...filter, page })}
          />
        )}
      </Tabs.Panel>
      <Tabs.Panel value="quick-wins">
        <QuickWinsTab plan={plan} opds={opdList} />
      </Tabs.Panel>
      <Tabs.Panel value="peta-jalan">
        <RoadmapTab planId={plan.id} />
      </Tabs.Panel>
      <Tabs.Panel value="tata-kelola">
        <GovernanceTab planId={plan.id} />
      </Tabs.Panel>
    </Tabs>
  );
}
