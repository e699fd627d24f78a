import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { type DatasetPublication, publicationsQuery, publishDataset, withdrawDataset } from "../../api/open-data";
import { useFormatDate, useFormatNumber } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { useErrorText } from "../ErrorState";
import { Notice, type NoticeMessage } from "../Notice";
import { AnchorLink } from "../RouterLinks";
import { useOpenDataLabels } from "./labels";

const STATUS_COLOURS = { unpublished: "gray", published: "green", withdrawn: "orange" } as const;

/**
 * The walidata's list of a region's datasets (or the admin's of the national ones): status,
 * availability, rows, and Publish / Withdraw as `can` allows. A 409 reloads the list and says so.
 */
export function PublicationPanel({ scope }: { scope: { region: string } | "national" }) {
  const { t } = useTranslation();
  const labels = useOpenDataLabels();
  const errorText = useErrorText();
  const { dateTime } = useFormatDate();
  const formatNumber = useFormatNumber();
  const queryClient = useQueryClient();
  const query = publicationsQuery(scope);
  const list = useQuery(query);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const phone = useMediaQuery("(max-width: 48em)");

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: query.queryKey }),
      queryClient.invalidateQueries({ queryKey: ["open-data", "search"] }),
      queryClient.invalidateQueries({ queryKey: ["open-data", "dataset"] }),
    ]);
  /** The text of a failed publish or withdraw; a conflict reloads the list first. */
  const failure = async (cause: unknown): Promise<string> => {
    if (cause instanceof ApiError && (cause.status === 409 || cause.code === "version_conflict")) {
      await refresh();
      return t("openData.manage.conflict");
    }
    if (cause instanceof ApiError && cause.code === "dataset_not_available") return t("openData.manage.notPublishable");
    return errorText(cause);
  };

  const publish = async (d: DatasetPublication) => {
    setBusy(d.id);
    try {
      await publishDataset(d.id, d.version);
      setNotice({ text: t("openData.manage.publishedNotice", { title: labels.pick(d.title) }) });
      await refresh();
    } catch (cause) {
      setNotice({ text: await failure(cause), color: "red" });
    } finally {
      setBusy(null);
    }
  };
  const withdraw = (d: DatasetPublication) =>
    setConfirm({
      title: t("openData.manage.withdrawTitle"),
      message: t("openData.manage.withdrawConfirm", { title: labels.pick(d.title) }),
      confirmLabel: t("openData.manage.withdraw"),
      confirmTestId: "dataset-withdraw-confirm",
      action: async () => {
        try {
          await withdrawDataset(d.id, d.version);
        } catch (cause) {
          // A conflict closes the dialog over a reloaded list; other failures show in the dialog.
          if (!(cause instanceof ApiError && cause.status === 409)) throw cause;
          setNotice({ text: await failure(cause), color: "red" });
          return;
        }
        setNotice({ text: t("openData.manage.withdrawnNotice", { title: labels.pick(d.title) }) });
        await refresh();
      },
    });

  if (list.isPending) return <Skeleton height={240} />;
  if (list.isError) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;

  const titleOf = (d: DatasetPublication) =>
    d.status === "published" ? (
      <AnchorLink to="/data/$id" params={{ id: d.name }} inherit>
        {labels.pick(d.title)}
      </AnchorLink>
    ) : (
      labels.pick(d.title)
    );
  const nameOf = (d: DatasetPublication) => (
    <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: "anywhere" }}>
      {d.name}
    </Text>
  );
  const statusOf = (d: DatasetPublication) => (
    <>
      <Badge color={STATUS_COLOURS[d.status]} variant="light" data-testid="publication-status">
        {t(`openData.manage.status.${d.status}`)}
      </Badge>
      {d.status === "published" && d.publishedAt && (
        <Text size="xs" c="dimmed">
          {dateTime(d.publishedAt)}
        </Text>
      )}
      {d.status === "withdrawn" && d.withdrawnAt && (
        <Text size="xs" c="dimmed">
          {t("openData.manage.withdrawnAt", { date: dateTime(d.withdrawnAt) })}
        </Text>
      )}
    </>
  );
  const availabilityOf = (d: DatasetPublication) =>
    d.available ? (
      <Text size="sm" span>
        {t("openData.manage.available")}
      </Text>
    ) : (
      <Text size="sm" c="dimmed" span title={t("openData.manage.notAvailableHint")}>
        {t("openData.manage.notAvailable")}
      </Text>
    );
  const actionsOf = (d: DatasetPublication) => (
    <Group gap="xs" wrap="nowrap">
      {d.can.publish && d.status !== "published" && (
        <Button
          size="compact-sm"
          onClick={() => void publish(d)}
          loading={busy === d.id}
          disabled={!d.available}
          title={d.available ? undefined : t("openData.manage.notAvailableHint")}
          data-testid="dataset-publish"
        >
          {d.status === "withdrawn" ? t("openData.manage.republish") : t("openData.manage.publish")}
        </Button>
      )}
      {d.can.withdraw && d.status === "published" && (
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          onClick={() => withdraw(d)}
          data-testid="dataset-withdraw"
        >
          {t("openData.manage.withdraw")}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack gap="sm" data-testid="publication-panel">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {list.data.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Text c="dimmed">{t("openData.manage.empty")}</Text>
        </Paper>
      ) : phone ? (
        // On a phone each dataset is a card, so its buttons never hide behind a sideways scroll.
        <Stack
          gap="sm"
          component="ul"
          aria-label={t("openData.manage.tableCaption")}
          p={0}
          m={0}
          style={{ listStyle: "none" }}
        >
          {list.data.map((d) => (
            <Paper
              key={d.id}
              withBorder
              p="md"
              radius="md"
              component="li"
              data-testid="publication-row"
              data-kind={d.kind}
            >
              <Stack gap={6}>
                <Text fw={500}>{titleOf(d)}</Text>
                {nameOf(d)}
                <Group gap="xs" wrap="wrap" align="center">
                  {statusOf(d)}
                </Group>
                <Text size="sm">
                  {availabilityOf(d)}
                  <Text span size="sm" c="dimmed">
                    {" · "}
                    {t("openData.manage.colRows")}: {formatNumber(d.rowCount)}
                  </Text>
                </Text>
                {actionsOf(d)}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="sm" aria-label={t("openData.manage.tableCaption")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("openData.manage.colDataset")}</Table.Th>
                  <Table.Th scope="col">{t("openData.manage.colStatus")}</Table.Th>
                  <Table.Th scope="col">{t("openData.manage.colAvailable")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("openData.manage.colRows")}
                  </Table.Th>
                  <Table.Th scope="col">{t("openData.manage.colActions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((d) => (
                  <Table.Tr key={d.id} data-testid="publication-row" data-kind={d.kind}>
                    <Table.Th scope="row" fw={500}>
                      {titleOf(d)}
                      {nameOf(d)}
                    </Table.Th>
                    <Table.Td>{statusOf(d)}</Table.Td>
                    <Table.Td>{availabilityOf(d)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(d.rowCount)}</Table.Td>
                    <Table.Td>{actionsOf(d)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
