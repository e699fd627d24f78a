import { Badge, Button, Group, Paper, Select, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CohortOut } from "../../../../domain/cohort-api";
import { apiUrl } from "../../api/client";
import { dashboardQuery } from "../../api/cohorts";
import { provincesQuery } from "../../api/regions";
import { useFormatDate, useFormatNumber } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { QueryErrorState } from "../AccessStates";
import { regionOptionLabel } from "../RegionSelect";
import { AnchorLink } from "../RouterLinks";
import { Funnel } from "./Funnel";

const route = getRouteApi("/angkatan/$id");

const FIXED_STEPS = ["invited", "assessed", "selected", "not_selected", "withdrawn", "mou"];

/**
 * Laporan: a funnel per kind of participant (kab/kota, and provinces when the cohort has any),
 * then the dashboard table with province, kind and step filters and its XLSX export.
 */
export function ReportTab({ cohort }: { cohort: CohortOut }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const formatNumber = useFormatNumber();
  const { date } = useFormatDate();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters = { province: search.province, kind: search.kind, step: search.step };
  const dashboard = useQuery({ ...dashboardQuery(cohort.id, filters), placeholderData: keepPreviousData });
  const provinces = useQuery(provincesQuery());

  const setFilter = (key: "province" | "kind" | "step", value: string | null) =>
    void navigate({ search: (prev) => ({ ...prev, [key]: value ?? undefined }) });

  if (dashboard.isPending) return <Skeleton height={240} />;
  if (dashboard.isError) {
    return <QueryErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  }
  const { funnels, rows, stageCount } = dashboard.data;
  const hasProvinces = Boolean(filters.kind) || funnels.some((f) => f.kind === "provinsi");
  const steps = [
    ...FIXED_STEPS,
    ...Array.from({ length: stageCount }, (_, i) => `bimtek:${i + 1}`),
    "bimtek_done",
    "masterplan_approved",
    "perkada_enacted",
  ];
  const filtered = Boolean(filters.province || filters.kind || filters.step);

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t("report.funnel")}
        </Title>
        <Stack gap="md">
          {funnels.map((f) => (
            <Stack key={f.kind} gap="xs" data-testid="funnel-kind" data-kind={f.kind}>
              {hasProvinces && (
                <Title order={3} size="h6">
                  {t(`report.funnels.${f.kind}`)}
                </Title>
              )}
              <Funnel steps={f.steps} />
            </Stack>
          ))}
        </Stack>
      </Paper>

      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t("report.province")}
              placeholder={t("report.provincePlaceholder")}
              data={(provinces.data ?? []).map((p) => ({ value: p.code, label: regionOptionLabel(p) }))}
              value={filters.province ?? null}
              onChange={(value) => setFilter("province", value)}
              searchable
              clearable
              w={{ base: "100%", xs: 260 }}
              data-testid="report-province"
            />
            {hasProvinces && (
              <Select
                label={t("report.kind")}
                placeholder={t("report.kindPlaceholder")}
                data={(["kabkota", "provinsi"] as const).map((k) => ({ value: k, label: t(`report.kinds.${k}`) }))}
                value={filters.kind ?? null}
                onChange={(value) => setFilter("kind", value)}
                clearable
                w={{ base: "100%", xs: 200 }}
                data-testid="report-kind"
              />
            )}
            <Select
              label={t("report.step")}
              placeholder={t("report.stepPlaceholder")}
              data={steps.map((s) => ({ value: s, label: labels.step(s) }))}
              value={filters.step ?? null}
              onChange={(value) => setFilter("step", value)}
              clearable
              w={{ base: "100%", xs: 240 }}
              data-testid="report-step"
            />
            {filtered && (
              <Button
                variant="subtle"
                onClick={() =>
                  void navigate({
                    search: (prev) => ({ ...prev, province: undefined, kind: undefined, step: undefined }),
                  })
                }
              >
                {t("report.resetFilters")}
              </Button>
            )}
          </Group>
          <Button
            component="a"
            href={apiUrl(`/api/cohorts/${cohort.id}/dashboard.xlsx`, filters)}
            download
            variant="default"
            data-testid="report-xlsx"
          >
            {t("report.download")}
          </Button>
        </Group>

        {rows.length === 0 ? (
          <Text c="dimmed" role="status">
            {t("report.empty")}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="xs" striped highlightOnHover aria-label={t("report.tableCaption")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("report.colRegion")}</Table.Th>
                  <Table.Th>{t("report.colType")}</Table.Th>
                  <Table.Th>{t("report.colProvince")}</Table.Th>
                  <Table.Th>{t("report.colStep")}</Table.Th>
                  <Table.Th>{t("report.colMou")}</Table.Th>
                  <Table.Th ta="right">{t("report.colStages")}</Table.Th>
                  <Table.Th>{t("report.colMentors")}</Table.Th>
                  <Table.Th>{t("report.colOverdue")}</Table.Th>
                  <Table.Th ta="right">{t("report.colPending")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.candidateId} data-testid="report-row" data-code={r.regionCode}>
                    <Table.Td>
                      <AnchorLink to="/kandidat/$id" params={{ id: String(r.candidateId) }} fw={500}>
                        {r.regionName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{t(`report.types.${r.regionType}`)}</Table.Td>
                    <Table.Td>{r.provinceName}</Table.Td>
                    <Table.Td>{labels.step(r.step)}</Table.Td>
                    <Table.Td>{r.mouSignedOn ? date(r.mouSignedOn) : t("common.notAvailable")}</Table.Td>
                    <Table.Td ta="right">
                      {r.status === "selected"
                        ? t("report.of", { closed: formatNumber(r.stagesClosed), total: formatNumber(stageCount) })
                        : t("common.notAvailable")}
                    </Table.Td>
                    <Table.Td>
                      {r.mentors.length ? (
                        r.mentors.join(", ")
                      ) : (
                        <Text span size="sm" c="dimmed">
                          {t("report.noMentor")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {r.overdue.map((s) => (
                          <Badge key={s} color="red" variant="light" radius="sm" tt="none" size="sm">
                            {labels.step(s)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(r.pendingReview)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
