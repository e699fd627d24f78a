import { Alert, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanOut, ProgramOut } from "../../../domain/masterplan-responses";
import { frameworkQuery } from "../api/frameworks";
import { masterplanQuery } from "../api/masterplans";
import { programQuery } from "../api/monitoring";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../components/ConfirmDialog";
import { useErrorText } from "../components/ErrorState";
import { MasterplanStatusBadge } from "../components/masterplan/MasterplanStatusBadge";
import { useMonitoringLabels } from "../components/monitoring/labels";
import { MonitoringCrumbs, useOpdNames, useRegionName } from "../components/monitoring/MonitoringCrumbs";
import { ProgramIndicators } from "../components/monitoring/ProgramIndicators";
import { ProgressPanel } from "../components/monitoring/ProgressPanel";
import { Notice, type NoticeMessage } from "../components/Notice";
import { RequireSession } from "../components/RequireSession";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/masterplan/$id/monitoring/program/$programId");

/** One program's monitoring: its indicators with targets and realisations, and its progress per year. */
export function MonitoringProgramPage() {
  return <RequireSession>{() => <ProgramView />}</RequireSession>;
}

function ProgramView() {
  const { t } = useTranslation();
  const params = route.useParams();
  const planId = Number(params.id);
  const programId = Number(params.programId);
  const valid = [planId, programId].every((n) => Number.isInteger(n) && n > 0);
  const plan = useQuery({ ...masterplanQuery(planId), enabled: valid });
  const program = useQuery({ ...programQuery(programId), enabled: valid });
  const regionName = useRegionName(plan.data?.regionCode);
  usePageTitle(program.data ? `${t("monitoring.title")} — ${program.data.name}` : t("monitoring.title"));

  if (!valid) return <NotFoundState />;
  const crumbs = (
    <MonitoringCrumbs
      plan={plan.data}
      regionName={regionName}
      program={program.data ? { id: program.data.id, name: program.data.name } : undefined}
    />
  );
  const failed = plan.error ?? program.error;
  if (failed)
    return (
      <>
        {crumbs}
        <QueryErrorState error={failed} onRetry={() => void Promise.all([plan.refetch(), program.refetch()])} />
      </>
    );
  if (!plan.data || !program.data)
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="50%" mb="md" />
        <Skeleton height={300} />
      </>
    );
  // A program of another plan under this plan's address is not found here.
  if (program.data.masterplanId !== plan.data.id) return <NotFoundState />;
  return (
    <>
      {crumbs}
      <ProgramMonitoring plan={plan.data} program={program.data} />
    </>
  );
}

function ProgramMonitoring({ plan, program }: { plan: MasterplanOut; program: ProgramOut }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const errorText = useErrorText();
  const search = route.useSearch();
  const framework = useQuery(frameworkQuery(plan.frameworkId));
  const { opdName } = useOpdNames(plan.regionCode);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const dimension = framework.data?.dimensions.find((d) => d.code === program.dimensionCode);
  const element = dimension?.elements.find((e) => e.code === program.elementCode);
  const from = Math.max(plan.periodStart, program.startYear);
  const to = Math.min(plan.periodEnd, program.endYear);
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const actions = {
    notify: (text: string, color?: "green" | "red") => setNotice({ text, color }),
    failed: (error: unknown) => setNotice({ text: errorText(error), color: "red" }),
    confirm: setConfirm,
  };

  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2" data-testid="program-monitoring-title">
            {program.code} — {program.name}
          </Title>
          <MasterplanStatusBadge status={plan.status} />
        </Group>
        <Text c="dimmed">
          {[
            dimension && labels.pick(dimension.nameId, dimension.nameEn),
            element && labels.pick(element.nameId, element.nameEn),
            `${t("monitoring.opd")}: ${opdName(program.ownerOpdId)}`,
            `${program.startYear}–${program.endYear}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      </Stack>
      {plan.status !== "enacted" && (
        <Alert color="blue" variant="light" data-testid="monitoring-not-open">
          {t("monitoring.notEnacted")}
        </Alert>
      )}
      <ProgramIndicators
        programId={program.id}
        regionCode={plan.regionCode}
        periodStart={plan.periodStart}
        years={years}
        focusYear={search.year}
        {...actions}
      />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="program-progress-title">
        <Title order={2} size="h4" id="program-progress-title" mb="sm">
          {t("monitoring.progress.title")}
        </Title>
        <ProgressPanel
          kind="program"
          subjectId={program.id}
          subjectLabel={program.name}
          focusYear={search.year}
          {...actions}
        />
      </Paper>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
