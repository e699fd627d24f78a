import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { InstrumentStatus } from "../../../../domain/instruments/editor";
import type { InstrumentSummary } from "../../../../domain/instruments/schemas";
import { instrumentListQuery, instrumentQuery, useTransitionInstrument } from "../../api/instruments";
import { QueryErrorState } from "../AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { CopyInstrumentModal } from "./CopyInstrumentModal";
import { InstrumentEditorModal } from "./InstrumentEditorModal";

const STATUS_COLORS: Record<InstrumentStatus, string> = { draft: "yellow", published: "green", retired: "gray" };

/** The program office's readiness instruments: copy one, edit a draft's criteria and weights, publish, retire. */
export function InstrumentsSection() {
  const { t } = useTranslation();
  const list = useQuery(instrumentListQuery());
  const [copying, setCopying] = useState<InstrumentSummary | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <Stack gap="sm" mt="xl" component="section" aria-labelledby="instruments-title" data-testid="instruments-section">
      <Title order={2} size="h3" id="instruments-title">
        {t("instrumentEdit.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("instrumentEdit.intro")}
      </Text>
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {list.isPending ? (
        <Skeleton height={120} aria-busy />
      ) : list.isError ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <Paper withBorder p="lg" radius="md" ta="center">
          <Text role="status">{t("instrumentEdit.empty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" striped aria-label={t("instrumentEdit.tableCaption")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("instrumentEdit.colName")}</Table.Th>
                <Table.Th w={110}>{t("instrumentEdit.colVersion")}</Table.Th>
                <Table.Th w={110}>{t("instrumentEdit.colStatus")}</Table.Th>
                <Table.Th w={90} ta="right">
                  {t("instrumentEdit.colCriteria")}
                </Table.Th>
                <Table.Th w={80}>{t("instrumentEdit.colScale")}</Table.Th>
                <Table.Th w={300}>{t("instrumentEdit.colActions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.data.map((i) => (
                <InstrumentRow
                  key={i.id}
                  instrument={i}
                  onCopy={() => setCopying(i)}
                  onEdit={() => setEditing(i.id)}
                  onConfirm={setConfirm}
                  onDone={setDone}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CopyInstrumentModal
        source={copying}
        onClose={() => setCopying(null)}
        onCopied={(id) => {
          setCopying(null);
          setEditing(id);
        }}
      />
      <InstrumentEditorModal
        id={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          setDone(t("instrumentEdit.editor.saved", { name }));
        }}
      />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}

type InstrumentRowProps = {
  instrument: InstrumentSummary;
  onCopy: () => void;
  onEdit: () => void;
  onConfirm: (request: ConfirmRequest) => void;
  onDone: (text: string) => void;
};

/** One instrument with the actions its `can` allows. */
function InstrumentRow({ instrument: i, onCopy, onEdit, onConfirm, onDone }: InstrumentRowProps) {
  const { t } = useTranslation();
  const detail = useQuery(instrumentQuery(i.id));
  const transition = useTransitionInstrument(i.id);
  const can = detail.data?.can;

  const ask = (action: "publish" | "retire") =>
    onConfirm({
      title: t(`instrumentEdit.${action}Title`),
      message: t(`instrumentEdit.${action}Message`, { name: i.name, version: i.version }),
      confirmLabel: t(`instrumentEdit.${action}`),
      color: action === "publish" ? "green" : "red",
      confirmTestId: `instrument-${action}-confirm`,
      action: async () => {
        await transition.mutateAsync({ action, revision: detail.data?.data.revision ?? i.revision });
        onDone(
          `${i.name} (${i.version}): ${t(`instrumentEdit.status.${action === "publish" ? "published" : "retired"}`)}`,
        );
      },
    });

  return (
    <Table.Tr data-testid="instrument-row" data-instrument-id={i.id}>
      <Table.Td fw={500}>{i.name}</Table.Td>
      <Table.Td>{i.version}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[i.status]} variant="light" radius="sm" tt="none">
          {t(`instrumentEdit.status.${i.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">{i.criterionCount}</Table.Td>
      <Table.Td>
        {i.scale.min}–{i.scale.max}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onEdit} data-testid="instrument-edit">
            {can?.update ? t("instrumentEdit.edit") : t("instrumentEdit.view")}
          </Button>
          {can?.copy && (
            <Button size="xs" variant="default" onClick={onCopy} data-testid="instrument-copy">
              {t("instrumentEdit.copy")}
            </Button>
          )}
          {can?.publish && (
            <Button size="xs" color="green" onClick={() => ask("publish")} data-testid="instrument-publish">
              {t("instrumentEdit.publish")}
            </Button>
          )}
          {can?.retire && (
            <Button size="xs" variant="light" color="red" onClick={() => ask("retire")} data-testid="instrument-retire">
              {t("instrumentEdit.retire")}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
