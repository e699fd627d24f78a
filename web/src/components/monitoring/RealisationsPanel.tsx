import { Button, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { realisationYears } from "../../../../domain/monitoring";
import {
  attachRealisationEvidence,
  detachRealisationEvidence,
  type ProgramIndicatorOut,
  type RealisationOut,
  realisationsQuery,
} from "../../api/monitoring";
import { QueryErrorState } from "../AccessStates";
import type { ConfirmRequest } from "../ConfirmDialog";
import { FormModal, type FormTarget } from "../masterplan/versioned-form";
import { RealisationStatusBadge } from "./Badges";
import { EvidenceList } from "./EvidenceList";
import { useMonitoringLabels } from "./labels";
import { RealisationForm } from "./RealisationForm";
import { ReviewButtons } from "./ReviewButtons";

type Props = {
  pi: ProgramIndicatorOut;
  years: number[];
  defaultYear?: number;
  notify: (text: string, color?: "green" | "red") => void;
  failed: (error: unknown) => void;
  confirm: (request: ConfirmRequest) => void;
};

/** The realisations of one program indicator: entry, evidence, and the coordinator's verification. */
export function RealisationsPanel({ pi, years, defaultYear, notify, failed, confirm }: Props) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const client = useQueryClient();
  const list = useQuery(realisationsQuery(pi.id));
  const [target, setTarget] = useState<FormTarget<RealisationOut> | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ["monitoring"] });

  const attach = async (r: RealisationOut, file: File) => {
    try {
      await attachRealisationEvidence(r.id, file);
      notify(t("monitoring.evidence.attached", { name: file.name }));
      refresh();
    } catch (cause) {
      failed(cause);
    }
  };

  if (list.isPending) return <Skeleton height={80} />;
  if (list.isError) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data.data;
  // Realisations are observed values: only years that have begun can take one.
  const thisYear = new Date().getFullYear();
  const enterable = realisationYears(years, thisYear);
  return (
    <Stack gap="xs" data-testid={`realisations-${pi.id}`}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t("monitoring.realisations.title")}
        </Text>
        {list.data.can.enter &&
          (enterable.length ? (
            <Button
              size="compact-sm"
              onClick={() => setTarget({ mode: "add" })}
              data-testid={`realisation-add-${pi.id}`}
            >
              {t("monitoring.realisations.add")}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t("monitoring.realisations.notYet", { year: years[0] })}
            </Text>
          ))}
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("monitoring.realisations.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("monitoring.realisations.period")}</Table.Th>
                <Table.Th ta="right">{t("monitoring.realisations.value")}</Table.Th>
                <Table.Th>{t("monitoring.realisations.status")}</Table.Th>
                <Table.Th>{t("monitoring.note")}</Table.Th>
                <Table.Th>{t("monitoring.evidence.title")}</Table.Th>
                <Table.Th>{t("monitoring.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  id={`realisasi-${r.id}`}
                  data-testid="realisation-row"
                  data-realisation-id={r.id}
                  data-status={r.status}
                >
                  <Table.Td>
                    {r.year}
                    {r.semester ? ` · ${t("monitoring.realisations.semesterN", { n: r.semester })}` : ""}
                  </Table.Td>
                  <Table.Td ta="right">
                    {labels.value(r.value)} {pi.indicator.unit}
                  </Table.Td>
                  <Table.Td>
                    <RealisationStatusBadge status={r.status} testId={`realisation-status-${r.id}`} />
                    {r.reviewNote && (
                      <Text size="xs" c={r.status === "returned" ? "orange" : "dimmed"} mt={2}>
                        {r.reviewNote}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.note || "—"}</Text>
                  </Table.Td>
                  <Table.Td>
                    <EvidenceList
                      files={r.evidence}
                      testId={`realisation-evidence-${r.id}`}
                      onAttach={r.can.attach ? (file) => attach(r, file) : undefined}
                      onRemove={
                        r.can.attach
                          ? (f) =>
                              confirm({
                                title: t("monitoring.evidence.removeTitle"),
                                message: t("monitoring.evidence.removeConfirm", { name: f.name }),
                                confirmLabel: t("monitoring.evidence.removeSubmit"),
                                action: async () => {
                                  await detachRealisationEvidence(r.id, f.fileId);
                                  refresh();
                                },
                              })
                          : undefined
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {r.can.update && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => setTarget({ mode: "edit", item: r })}
                          data-testid={`realisation-edit-${r.id}`}
                        >
                          {t("monitoring.edit")}
                        </Button>
                      )}
                      <ReviewButtons
                        realisation={r}
                        onDone={(text) => {
                          notify(text);
                          refresh();
                        }}
                        onFailure={failed}
                        onStale={refresh}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FormModal
        target={target}
        onClose={() => setTarget(null)}
        titles={{
          add: t("monitoring.realisations.addTitle", { name: pi.indicator.name }),
          edit: t("monitoring.realisations.editTitle", { name: pi.indicator.name }),
        }}
        keyOf={(r) => r.id}
        size="md"
        testId="realisation-modal"
      >
        {(current) => (
          <RealisationForm
            programIndicatorId={pi.id}
            unit={pi.indicator.unit}
            years={enterable}
            defaultYear={defaultYear}
            target={current}
            onCancel={() => setTarget(null)}
            onSaved={() => {
              setTarget(null);
              notify(t("monitoring.realisations.saved"));
              refresh();
            }}
          />
        )}
      </FormModal>
    </Stack>
  );
}
