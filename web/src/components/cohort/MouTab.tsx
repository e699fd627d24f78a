import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateOut, CohortOut } from "../../../../domain/cohort-api";
import type { MouOut } from "../../../../domain/mou";
import { candidatesQuery, fileUrl } from "../../api/cohorts";
import { mouQuery, uploadMouScan } from "../../api/mou";
import { useFormatDate } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { FileUploadButton } from "../FileUploadButton";
import { Notice, type NoticeMessage } from "../Notice";
import { AnchorLink } from "../RouterLinks";
import { CeremonyModal } from "./CeremonyModal";
import { MouSummaryLinks } from "./CohortDocumentLinks";
import { MouFormModal } from "./MouFormModal";

/** Nota Kesepakatan: each selected region's memorandum, what is missing, and the joint signing. */
export function MouTab({ cohort }: { cohort: CohortOut }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const candidates = useQuery(candidatesQuery(cohort.id));
  const selected = (candidates.data ?? []).filter((c) => c.status === "selected");
  const mous = useQueries({ queries: selected.map((c) => mouQuery(c.id)) });
  const [editing, setEditing] = useState<MouOut | null>(null);
  const [ceremony, setCeremony] = useState<CandidateOut[] | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  if (candidates.isPending) return <Skeleton height={120} />;
  if (candidates.isError) {
    return <QueryErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />;
  }

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["candidates", "mou"] }),
      // A memorandum recorded for the first time gets its summary download.
      queryClient.invalidateQueries({ queryKey: ["cohorts", cohort.id, "documents"] }),
    ]);
  const canCeremony = cohort.can.manage && cohort.status === "mou";

  const upload = async (c: CandidateOut, file: File) => {
    try {
      await uploadMouScan(c.id, file);
      setNotice({ text: t("mou.scanUploaded", { region: c.regionName }) });
      await refresh();
    } catch (cause) {
      setNotice({ text: errorText(cause), color: "red" });
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t("mou.intro")}
        </Text>
        {cohort.can.manage &&
          selected.length > 0 &&
          (canCeremony ? (
            <Button onClick={() => setCeremony(selected)} data-testid="ceremony-open">
              {t("mou.ceremony")}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t("mou.ceremonyWrongPhase")}
            </Text>
          ))}
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />

      {selected.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{t("mou.empty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" striped aria-label={t("mou.tableCaption")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("mou.colRegion")}</Table.Th>
                <Table.Th w={260}>{t("mou.colStatus")}</Table.Th>
                <Table.Th>{t("mou.colNumbers")}</Table.Th>
                <Table.Th>{t("mou.colSignedOn")}</Table.Th>
                <Table.Th>{t("mou.colScan")}</Table.Th>
                <Table.Th w={200}>{t("mou.colActions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {selected.map((c, i) => {
                const q = mous[i];
                return (
                  <Table.Tr key={c.id} data-testid="mou-row" data-candidate-id={c.id}>
                    <Table.Td>
                      <AnchorLink to="/kandidat/$id" params={{ id: String(c.id) }} search={{ tab: "mou" }} fw={500}>
                        {c.regionName}
                      </AnchorLink>
                      <MouSummaryLinks cohortId={cohort.id} regionCode={c.regionCode} short />
                    </Table.Td>
                    {!q || q.isPending ? (
                      <Table.Td colSpan={5}>
                        <Skeleton height={20} />
                      </Table.Td>
                    ) : q.isError ? (
                      <Table.Td colSpan={5}>
                        <Text size="sm" c="red">
                          {errorText(q.error)}
                        </Text>
                      </Table.Td>
                    ) : (
                      <MouCells
                        mou={q.data}
                        onEdit={() => setEditing(q.data)}
                        onUpload={(file) => upload(c, file)}
                        modeLabel={q.data.mode ? labels.mouMode(q.data.mode) : null}
                      />
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <MouFormModal
        mou={editing}
        onClose={() => setEditing(null)}
        onReload={async (candidateId) => {
          const fresh = await queryClient.fetchQuery(mouQuery(candidateId));
          return fresh.data;
        }}
        onSaved={(mou) => {
          setEditing(null);
          setNotice({ text: t("mou.saved", { region: mou.regionName }) });
          void refresh();
        }}
      />
      <CeremonyModal
        cohortId={cohort.id}
        regions={ceremony}
        onClose={() => setCeremony(null)}
        onDone={(result) => {
          setCeremony(null);
          setNotice({ text: t("mou.ceremonyDone", { count: result.length }) });
          void refresh();
          void queryClient.invalidateQueries({ queryKey: ["cohorts"] });
        }}
      />
    </Stack>
  );
}

function MouCells({
  mou,
  onEdit,
  onUpload,
  modeLabel,
}: {
  mou: MouOut;
  onEdit: () => void;
  onUpload: (file: File) => Promise<unknown>;
  modeLabel: string | null;
}) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const missing = mou.missing.map((f) => t(`mou.${f}` as "mou.ministryNumber"));
  return (
    <>
      <Table.Td>
        <Badge color={mou.complete ? "green" : "orange"} variant="light" radius="sm" tt="none" data-testid="mou-status">
          {mou.complete ? t("mou.complete") : t("mou.incomplete")}
        </Badge>
        {!mou.complete && missing.length > 0 && (
          <Text size="xs" c="dimmed" mt={2} data-testid="mou-missing">
            {t("mou.missing", { fields: missing.join(", ") })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{mou.ministryNumber ?? t("common.notAvailable")}</Text>
        <Text size="sm">{mou.regionNumber ?? t("common.notAvailable")}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{mou.signedOn ? date(mou.signedOn) : t("common.notAvailable")}</Text>
        {modeLabel && (
          <Text size="xs" c="dimmed">
            {modeLabel}
            {mou.place ? ` · ${mou.place}` : ""}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {mou.scan ? (
          <Anchor href={fileUrl(mou.scan.id)} size="sm" target="_blank" rel="noopener">
            {mou.scan.name}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t("mou.noScan")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {mou.can.record && (
          <Group gap={6} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="light"
              onClick={onEdit}
              aria-label={t("mou.editFor", { region: mou.regionName })}
              data-testid={`mou-edit-${mou.candidateId}`}
            >
              {t("mou.edit")}
            </Button>
            <FileUploadButton
              label={t("mou.uploadScan")}
              ariaLabel={t("mou.uploadScanFor", { region: mou.regionName })}
              accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
              onFile={onUpload}
              testId={`mou-scan-${mou.candidateId}`}
            />
          </Group>
        )}
      </Table.Td>
    </>
  );
}
