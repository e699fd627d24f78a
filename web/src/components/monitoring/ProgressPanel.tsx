import { Button, Group, Modal, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  attachProgressEvidence,
  detachProgressEvidence,
  type ProgressKind,
  type ProgressOut,
  progressQuery,
} from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import type { ConfirmRequest } from "../ConfirmDialog";
import { ProgressStatusBadge } from "./Badges";
import { EvidenceList } from "./EvidenceList";
import { useMonitoringLabels } from "./labels";
import { ProgressForm } from "./ProgressForm";

type Props = {
  kind: ProgressKind;
  subjectId: number;
  /** What the modal's title names: the program or the quick win. */
  subjectLabel: string;
  focusYear?: number;
  notify: (text: string, color?: "green" | "red") => void;
  failed: (error: unknown) => void;
  confirm: (request: ConfirmRequest) => void;
};

/** Progress per year of a program or quick win, with entry and evidence where `can.update` allows. */
export function ProgressPanel({ kind, subjectId, subjectLabel, focusYear, notify, failed, confirm }: Props) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const client = useQueryClient();
  const list = useQuery(progressQuery(kind, subjectId));
  const [editing, setEditing] = useState<{ year: number; entry: ProgressOut | null } | null>(null);
  const [allYears, setAllYears] = useState(false);
  const refresh = () => void client.invalidateQueries({ queryKey: ["monitoring"] });
  const prefix = kind === "program" ? "progress" : "qw-progress";

  const attach = async (entry: ProgressOut, file: File) => {
    try {
      await attachProgressEvidence(kind, entry.id, file);
      notify(t("monitoring.evidence.attached", { name: file.name }));
      refresh();
    } catch (cause) {
      failed(cause);
    }
  };

  if (list.isPending) return <Skeleton height={120} />;
  if (list.isError) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { data, years, can } = list.data;
  // The years up to now (and any with an entry, and the one asked for) first; later years on request.
  const thisYear = new Date().getFullYear();
  const shown = allYears
    ? years
    : years.filter((y) => y <= thisYear || y === focusYear || data.some((p) => p.year === y));
  const hidden = years.length - shown.length;
  if (years.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("monitoring.progress.noYears")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder striped verticalSpacing="xs" data-testid={`${prefix}-${subjectId}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("monitoring.year")}</Table.Th>
              <Table.Th>{t("monitoring.progress.status")}</Table.Th>
              <Table.Th ta="right">{t("monitoring.progress.physical")}</Table.Th>
              <Table.Th ta="right">{t("monitoring.progress.allocated")}</Table.Th>
              <Table.Th ta="right">{t("monitoring.progress.realised")}</Table.Th>
              <Table.Th>{t("monitoring.note")}</Table.Th>
              <Table.Th>{t("monitoring.evidence.title")}</Table.Th>
              {can.update && <Table.Th>{t("monitoring.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((year) => {
              const e = data.find((p) => p.year === year) ?? null;
              return (
                <Table.Tr
                  key={year}
                  bg={year === focusYear ? "yellow.0" : undefined}
                  data-testid={`${prefix}-row-${year}`}
                >
                  <Table.Th scope="row">{year}</Table.Th>
                  <Table.Td>
                    {e ? (
                      <ProgressStatusBadge status={e.status} />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t("monitoring.progress.notEntered")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{labels.percent(e?.physicalProgress)}</Table.Td>
                  <Table.Td ta="right">{labels.rupiah(e?.budgetAllocated)}</Table.Td>
                  <Table.Td ta="right">{labels.rupiah(e?.budgetRealised)}</Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm" lineClamp={3}>
                      {e?.note || "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {e ? (
                      <EvidenceList
                        files={e.evidence}
                        testId={`${prefix}-evidence-${year}`}
                        onAttach={can.update ? (file) => attach(e, file) : undefined}
                        onRemove={
                          can.update
                            ? (f) =>
                                confirm({
                                  title: t("monitoring.evidence.removeTitle"),
                                  message: t("monitoring.evidence.removeConfirm", { name: f.name }),
                                  confirmLabel: t("monitoring.evidence.removeSubmit"),
                                  action: async () => {
                                    await detachProgressEvidence(kind, e.id, f.fileId);
                                    refresh();
                                  },
                                })
                            : undefined
                        }
                      />
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  {can.update && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant={e ? "light" : "filled"}
                        onClick={() => setEditing({ year, entry: e })}
                        aria-label={t("monitoring.progress.editAria", { year })}
                        data-testid={`${prefix}-edit-${year}`}
                      >
                        {e ? t("monitoring.edit") : t("monitoring.progress.enter")}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(hidden > 0 || allYears) && (
        <Group>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setAllYears((v) => !v)}
            aria-expanded={allYears}
            data-testid={`${prefix}-all-years-${subjectId}`}
          >
            {allYears ? t("monitoring.progress.fewerYears") : t("monitoring.progress.moreYears", { count: hidden })}
          </Button>
        </Group>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t("monitoring.progress.formTitle", { name: subjectLabel, year: editing?.year })}
        size="lg"
        data-testid="progress-modal"
      >
        {editing && (
          <ProgressForm
            key={`${editing.year}-${editing.entry?.version ?? 0}`}
            kind={kind}
            subjectId={subjectId}
            year={editing.year}
            entry={editing.entry}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              notify(t("monitoring.progress.saved", { year: editing.year }));
              refresh();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
