import { Group, Paper, SegmentedControl, Select, Skeleton, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MasterplanOut } from "../../../../domain/masterplan-responses";
import { REALISATION_STATUSES, type RealisationStatus } from "../../../../domain/monitoring";
import { planRealisationsQuery } from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import { PageRange, Pager } from "../Pager";
import { AnchorLink } from "../RouterLinks";
import { RealisationStatusBadge } from "./Badges";
import { EvidenceList } from "./EvidenceList";
import { useMonitoringLabels } from "./labels";
import { ReviewButtons } from "./ReviewButtons";

const PAGE_SIZE = 50;

type Props = {
  plan: MasterplanOut;
  /** Absent: "entered", the queue awaiting verification. */
  status?: RealisationStatus;
  year?: number;
  page: number;
  onChange: (patch: { status?: RealisationStatus | "all"; year?: number; page?: number }) => void;
  notify: (text: string, color?: "green" | "red") => void;
  failed: (error: unknown) => void;
};

/** Realisasi: the plan's realisations by status, newest change first; the coordinator verifies or returns them here. */
export function VerificationQueue({ plan, status, year, page, onChange, notify, failed }: Props) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const client = useQueryClient();
  const filter = { status: status ?? "entered", year };
  const list = useQuery({
    ...planRealisationsQuery(plan.id, filter, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i);
  const refresh = () => void client.invalidateQueries({ queryKey: ["monitoring"] });

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t("monitoring.realisations.status")}
          data={REALISATION_STATUSES.map((s) => ({ value: s, label: labels.realisationStatus(s) }))}
          value={filter.status}
          onChange={(v) => onChange({ status: v as RealisationStatus, page: undefined })}
          data-testid="queue-status"
        />
        <Select
          label={t("monitoring.year")}
          placeholder={t("monitoring.queue.allYears")}
          data={years.map(String)}
          value={year ? String(year) : null}
          onChange={(v) => onChange({ year: v ? Number(v) : undefined, page: undefined })}
          clearable
          w={140}
          data-testid="queue-year"
        />
      </Group>
      {list.isPending ? (
        <Skeleton height={200} />
      ) : list.isError ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text c="dimmed" role="status" data-testid="queue-empty">
            {filter.status === "entered" ? t("monitoring.queue.emptyEntered") : t("monitoring.queue.empty")}
          </Text>
        </Paper>
      ) : (
        <>
          <PageRange
            text={(v) => t("monitoring.queue.range", v)}
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
          />
          <Table.ScrollContainer minWidth={980}>
            <Table striped withTableBorder verticalSpacing="xs" data-testid="realisation-queue">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("monitoring.programs.program")}</Table.Th>
                  <Table.Th>{t("monitoring.queue.indicator")}</Table.Th>
                  <Table.Th>{t("monitoring.realisations.period")}</Table.Th>
                  <Table.Th ta="right">{t("monitoring.realisations.value")}</Table.Th>
                  <Table.Th>{t("monitoring.realisations.status")}</Table.Th>
                  <Table.Th>{t("monitoring.note")}</Table.Th>
                  <Table.Th>{t("monitoring.evidence.title")}</Table.Th>
                  <Table.Th>{t("monitoring.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.data.map((r) => (
                  <Table.Tr key={r.id} id={`realisasi-${r.id}`} data-testid="queue-row" data-realisation-id={r.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/masterplan/$id/monitoring/program/$programId"
                        params={{ id: String(plan.id), programId: String(r.program.id) }}
                        search={{ year: r.year }}
                        size="sm"
                      >
                        {r.program.code} — {r.program.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {r.indicator.code} — {r.indicator.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.year}
                      {r.semester ? ` · ${t("monitoring.realisations.semesterN", { n: r.semester })}` : ""}
                    </Table.Td>
                    <Table.Td ta="right">
                      {labels.value(r.value)} {r.indicator.unit}
                    </Table.Td>
                    <Table.Td>
                      <RealisationStatusBadge status={r.status} testId={`queue-status-${r.id}`} />
                      {r.reviewNote && (
                        <Text size="xs" c="dimmed" mt={2}>
                          {r.reviewNote}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.note || "—"}</Text>
                    </Table.Td>
                    <Table.Td>
                      <EvidenceList files={r.evidence} testId={`queue-evidence-${r.id}`} />
                    </Table.Td>
                    <Table.Td>
                      <ReviewButtons
                        realisation={r}
                        onDone={(text) => {
                          notify(text);
                          refresh();
                        }}
                        onFailure={failed}
                        onStale={refresh}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => onChange({ page: p === 1 ? undefined : p })}
          />
        </>
      )}
    </Stack>
  );
}
