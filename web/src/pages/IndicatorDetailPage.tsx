import {
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { frameworkQuery } from "../api/frameworks";
import { type IndicatorOut, indicatorQuery, updateIndicator } from "../api/monitoring";
import { NotFoundState, QueryErrorState } from "../components/AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../components/ConfirmDialog";
import { IndicatorForm } from "../components/monitoring/IndicatorForm";
import { useMonitoringLabels } from "../components/monitoring/labels";
import { useOpdNames, useRegionName } from "../components/monitoring/MonitoringCrumbs";
import { Notice, type NoticeMessage } from "../components/Notice";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/indikator/$id");

/** One indicator with its Satu Data metadata; its keeper may change or retire it. */
export function IndicatorDetailPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const indicatorId = Number(id);
  const valid = Number.isInteger(indicatorId) && indicatorId > 0;
  const indicator = useQuery({ ...indicatorQuery(indicatorId), enabled: valid });
  usePageTitle(indicator.data?.name ?? t("monitoring.catalog.title"));

  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("monitoring.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/indikator" size="sm">
        {t("monitoring.catalog.title")}
      </AnchorLink>
      <Text size="sm" aria-current="page">
        {indicator.data?.code ?? id}
      </Text>
    </Breadcrumbs>
  );
  if (!valid) return <NotFoundState />;
  if (indicator.isPending)
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="50%" mb="md" />
        <Skeleton height={300} />
      </>
    );
  if (indicator.isError)
    return (
      <>
        {crumbs}
        <QueryErrorState error={indicator.error} onRetry={() => void indicator.refetch()} />
      </>
    );
  return (
    <>
      {crumbs}
      <Detail indicator={indicator.data} />
    </>
  );
}

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: "1 / -1" } : undefined}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap" }}>
        {children || "—"}
      </Text>
    </div>
  );
}

function Detail({ indicator: i }: { indicator: IndicatorOut }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const client = useQueryClient();
  const framework = useQuery(frameworkQuery(i.frameworkId));
  const regionName = useRegionName(i.regionCode ?? undefined);
  const { opdName } = useOpdNames(i.regionCode ?? undefined);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const dimension = framework.data?.dimensions.find((d) => d.code === i.dimensionCode);
  const element = dimension?.elements.find((e) => e.code === i.elementCode);
  const refresh = () => void client.invalidateQueries({ queryKey: ["indicators"] });

  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="indicator-title">
              {i.name}
            </Title>
            {!i.active && <Badge color="gray">{t("monitoring.catalog.inactive")}</Badge>}
          </Group>
          <Group gap="xs">
            <Text ff="monospace">{i.code}</Text>
            <Badge variant={i.regionCode ? "outline" : "light"} data-testid="indicator-scope">
              {i.regionCode
                ? t("monitoring.catalog.regionalOf", { region: regionName })
                : t("monitoring.catalog.national")}
            </Badge>
          </Group>
        </Stack>
        {i.can.update && (
          <Group gap="xs">
            <Button variant="light" onClick={() => setEditing(true)} data-testid="indicator-edit">
              {t("monitoring.edit")}
            </Button>
            <Button
              variant="subtle"
              color={i.active ? "red" : "green"}
              data-testid="indicator-active-toggle"
              onClick={() =>
                setConfirm({
                  title: i.active ? t("monitoring.catalog.deactivateTitle") : t("monitoring.catalog.activateTitle"),
                  message: i.active
                    ? t("monitoring.catalog.deactivateConfirm")
                    : t("monitoring.catalog.activateConfirm"),
                  confirmLabel: i.active ? t("monitoring.catalog.deactivate") : t("monitoring.catalog.activate"),
                  color: i.active ? "red" : "green",
                  action: async () => {
                    await updateIndicator(i.id, { active: !i.active, version: i.version });
                    refresh();
                  },
                })
              }
            >
              {i.active ? t("monitoring.catalog.deactivate") : t("monitoring.catalog.activate")}
            </Button>
          </Group>
        )}
      </Group>
      <Paper withBorder p="lg" radius="md" component="section" aria-label={t("monitoring.catalog.standard")}>
        <Title order={2} size="h4" mb="sm">
          {t("monitoring.catalog.standard")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Field label={labels.field("concept")} wide>
            {i.concept}
          </Field>
          <Field label={labels.field("definition")} wide>
            {i.definition}
          </Field>
          <Field label={labels.field("classification")}>{i.classification}</Field>
          <Field label={labels.field("unit")}>{i.unit}</Field>
          <Field label={labels.field("measure")} wide>
            {i.measure}
          </Field>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-label={t("monitoring.catalog.metadata")}>
        <Title order={2} size="h4" mb="sm">
          {t("monitoring.catalog.metadata")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
          <Field label={labels.field("direction")}>{labels.direction(i.direction)}</Field>
          <Field label={labels.field("frequency")}>{labels.frequency(i.frequency)}</Field>
          <Field label={labels.field("producerOpdId")}>{i.producerOpdId ? opdName(i.producerOpdId) : ""}</Field>
          <Field label={labels.field("source")}>{i.source}</Field>
          <Field label={labels.field("referenceCodes")}>{i.referenceCodes.join(", ")}</Field>
          <Field label={t("monitoring.dashboard.dimension")}>
            {dimension ? labels.pick(dimension.nameId, dimension.nameEn) : ""}
          </Field>
          <Field label={t("monitoring.catalog.element")}>
            {element ? labels.pick(element.nameId, element.nameEn) : ""}
          </Field>
        </SimpleGrid>
      </Paper>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t("monitoring.catalog.editTitle")} size="xl">
        {editing && (
          <IndicatorForm
            regionCode={i.regionCode}
            target={{ mode: "edit", item: i }}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setNotice({ text: t("monitoring.catalog.saved") });
              refresh();
            }}
          />
        )}
      </Modal>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
