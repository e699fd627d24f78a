import { Group, Paper, Select, Skeleton, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MasterplanOut } from "../../../../domain/masterplan-responses";
import type { OpdOut } from "../../../../domain/opd";
import { frameworkQuery } from "../../api/frameworks";
import { programsQuery } from "../../api/masterplans";
import { planIndicatorsQuery } from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import { PageRange, Pager } from "../Pager";
import { ButtonLink } from "../RouterLinks";
import { useMonitoringLabels } from "./labels";

const PAGE_SIZE = 50;

type Props = {
  plan: MasterplanOut;
  opds: OpdOut[];
  filter: { dimension?: string; opd?: number };
  page: number;
  onChange: (patch: { dimension?: string; opd?: number; page?: number }) => void;
};

/** Program: the plan's programs filtered by dimension and OPD, each opening its monitoring page. */
export function ProgramMonitoringList({ plan, opds, filter, page, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const framework = useQuery(frameworkQuery(plan.frameworkId));
  const programs = useQuery({
    ...programsQuery(plan.id, { dimension: filter.dimension, opd: filter.opd }, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  // Indicator counts of the programs that have indicators (one request for the plan).
  const withIndicators = useQuery(planIndicatorsQuery(plan.id, {}, 1, 500));
  const refOf = (id: number) => withIndicators.data?.data.find((p) => p.program.id === id);
  const dimName = (code: string) => {
    const d = framework.data?.dimensions.find((x) => x.code === code);
    return d ? labels.pick(d.nameId, d.nameEn) : code;
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label={t("monitoring.dashboard.dimension")}
          placeholder={t("monitoring.programs.allDimensions")}
          data={(framework.data?.dimensions ?? []).map((d) => ({
            value: d.code,
            label: labels.pick(d.nameId, d.nameEn),
          }))}
          value={filter.dimension ?? null}
          onChange={(v) => onChange({ dimension: v ?? undefined, page: undefined })}
          clearable
          w={240}
          data-testid="programs-dimension"
        />
        <Select
          label={t("monitoring.opd")}
          placeholder={t("monitoring.programs.allOpds")}
          data={opds.map((o) => ({ value: String(o.id), label: `${o.abbreviation} — ${o.name}` }))}
          value={filter.opd ? String(filter.opd) : null}
          onChange={(v) => onChange({ opd: v ? Number(v) : undefined, page: undefined })}
          searchable
          clearable
          w={320}
          data-testid="programs-opd"
        />
      </Group>
      {programs.isPending ? (
        <Skeleton height={240} />
      ) : programs.isError ? (
        <QueryErrorState error={programs.error} onRetry={() => void programs.refetch()} />
      ) : programs.data.total === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text c="dimmed" role="status">
            {t("monitoring.programs.empty")}
          </Text>
        </Paper>
      ) : (
        <>
          <PageRange
            text={(v) => t("monitoring.programs.range", v)}
            page={page}
            pageSize={PAGE_SIZE}
            total={programs.data.total}
          />
          <Table.ScrollContainer minWidth={760}>
            <Table striped withTableBorder data-testid="monitoring-programs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("monitoring.programs.program")}</Table.Th>
                  <Table.Th>{t("monitoring.dashboard.dimension")}</Table.Th>
                  <Table.Th>{t("monitoring.opd")}</Table.Th>
                  <Table.Th>{t("monitoring.programs.years")}</Table.Th>
                  <Table.Th ta="right">{t("monitoring.programs.indicators")}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t("monitoring.actions")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.data.data.map((p) => {
                  const ref = refOf(p.id);
                  return (
                    <Table.Tr key={p.id} data-testid="monitoring-program-row">
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {p.code} — {p.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>{dimName(p.dimensionCode)}</Table.Td>
                      <Table.Td>{opds.find((o) => o.id === p.ownerOpdId)?.abbreviation ?? "—"}</Table.Td>
                      <Table.Td>
                        {p.startYear}–{p.endYear}
                      </Table.Td>
                      <Table.Td ta="right">{labels.value(ref?.indicators.length ?? 0)}</Table.Td>
                      <Table.Td>
                        <ButtonLink
                          to="/masterplan/$id/monitoring/program/$programId"
                          params={{ id: String(plan.id), programId: String(p.id) }}
                          size="compact-sm"
                          variant="light"
                          aria-label={t("monitoring.programs.openAria", { name: p.name })}
                          data-testid={`monitoring-program-open-${p.id}`}
                        >
                          {t("monitoring.programs.open")}
                        </ButtonLink>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={programs.data.total}
            onChange={(p) => onChange({ page: p === 1 ? undefined : p })}
          />
        </>
      )}
    </Stack>
  );
}
