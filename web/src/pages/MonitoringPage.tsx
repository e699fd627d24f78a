import { Alert, Group, Skeleton, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanOut } from "../../../domain/masterplan-responses";
import { masterplanQuery } from "../api/masterplans";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../components/ConfirmDialog";
import { useErrorText } from "../components/ErrorState";
import { MasterplanStatusBadge } from "../components/masterplan/MasterplanStatusBadge";
import { BulkData } from "../components/monitoring/BulkData";
import { MonitoringCrumbs, useOpdNames, useRegionName } from "../components/monitoring/MonitoringCrumbs";
import { MonitoringDashboard } from "../components/monitoring/MonitoringDashboard";
import { ProgramMonitoringList } from "../components/monitoring/ProgramMonitoringList";
import { QuickWinsMonitoring } from "../components/monitoring/QuickWinsMonitoring";
import { MONITORING_TABS, type MonitoringSearch, type MonitoringTab } from "../components/monitoring/search";
import { VerificationQueue } from "../components/monitoring/VerificationQueue";
import { Notice, type NoticeMessage } from "../components/Notice";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/masterplan/$id/monitoring");

/** Monitoring of an enacted plan: dashboard, programs, quick wins, realisations to verify, templates and imports. */
export function MonitoringPage() {
  return <RequireSession>{() => <MonitoringView />}</RequireSession>;
}

function MonitoringView() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const planId = Number(id);
  const valid = Number.isInteger(planId) && planId > 0;
  const plan = useQuery({ ...masterplanQuery(planId), enabled: valid });
  const regionName = useRegionName(plan.data?.regionCode);
  const title = t("monitoring.pageTitle", { region: regionName || "…" });
  usePageTitle(plan.data ? title : t("monitoring.title"));

  if (!valid) return <NotFoundState />;
  const crumbs = <MonitoringCrumbs plan={plan.data} regionName={regionName} />;
  if (plan.isPending)
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="50%" mb="md" />
        <Skeleton height={400} />
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
      <Monitoring plan={plan.data} title={title} />
    </>
  );
}

function Monitoring({ plan, title }: { plan: MasterplanOut; title: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { opds, opdName } = useOpdNames(plan.regionCode);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const active: MonitoringTab = search.tab ?? "ringkasan";
  const set = (patch: Partial<MonitoringSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const actions = {
    notify: (text: string, color?: "green" | "red") => setNotice({ text, color }),
    failed: (error: unknown) => setNotice({ text: errorText(error), color: "red" }),
    confirm: setConfirm,
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2" data-testid="monitoring-title">
            {title}
          </Title>
          <MasterplanStatusBadge status={plan.status} />
        </Group>
        <Text c="dimmed">
          {plan.title} ·{" "}
          <AnchorLink to="/indikator" search={{ region: plan.regionCode }} size="sm">
            {t("monitoring.catalog.open")}
          </AnchorLink>
        </Text>
      </Stack>
      {plan.status !== "enacted" && (
        <Alert color="blue" variant="light" data-testid="monitoring-not-open">
          {t("monitoring.notEnacted")}
        </Alert>
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Tabs
        value={active}
        onChange={(value) => void navigate({ search: { tab: value as MonitoringTab } })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t("monitoring.tabsLabel")} mb="md">
          {MONITORING_TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab} data-testid={`monitoring-tab-${tab}`}>
              {t(`monitoring.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="ringkasan">
          <MonitoringDashboard
            plan={plan}
            year={search.year}
            indicator={search.indicator}
            onChange={set}
            opdName={opdName}
          />
        </Tabs.Panel>
        <Tabs.Panel value="program">
          <ProgramMonitoringList
            plan={plan}
            opds={opds}
            filter={{ dimension: search.dimension, opd: search.opd }}
            page={search.page ?? 1}
            onChange={set}
          />
        </Tabs.Panel>
        <Tabs.Panel value="quick-wins">
          <QuickWinsMonitoring planId={plan.id} opdName={opdName} {...actions} />
        </Tabs.Panel>
        <Tabs.Panel value="verifikasi">
          <VerificationQueue
            plan={plan}
            status={search.status}
            year={search.year}
            page={search.page ?? 1}
            onChange={({ status, ...rest }) => set({ ...rest, status: status === "all" ? undefined : status })}
            notify={actions.notify}
            failed={actions.failed}
          />
        </Tabs.Panel>
        <Tabs.Panel value="data">
          <BulkData plan={plan} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
