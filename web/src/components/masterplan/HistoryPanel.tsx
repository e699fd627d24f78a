import { Button, Drawer, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HistoryEventOut } from "../../../../domain/masterplan-review";
import { historyQuery } from "../../api/masterplan-review";
import { useFormatDate } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { Pager } from "../Pager";
import type { HistoryLine } from "./history-fields";
import { useHistoryWords } from "./use-history-words";

const PAGE_SIZE = 20;

type HistoryTarget = { planId: number; entityType: string; entityId: string; targetLabel: string };

/** "Riwayat" next to a program or chapter, opening who changed what and when. */
export function HistoryButton(props: HistoryTarget) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        onClick={() => setOpened(true)}
        data-testid={`history-open-${props.entityType}-${props.entityId}`}
      >
        {t("masterplan.review.history")}
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size="md"
        title={t("masterplan.review.historyTitle", { target: props.targetLabel })}
        closeButtonProps={{ "aria-label": t("masterplan.review.close") }}
      >
        {opened && <HistoryPanel {...props} />}
      </Drawer>
    </>
  );
}

/** The audit events of one object of a plan, newest first, a page at a time. */
export function HistoryPanel({ planId, entityType, entityId }: HistoryTarget) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const history = useQuery(historyQuery(planId, { entityType, entityId }, page, PAGE_SIZE));
  const words = useHistoryWords(planId, entityType);
  if (history.isPending) return <Skeleton height={160} />;
  if (history.isError) return <QueryErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.data.length === 0)
    return (
      <Text c="dimmed" size="sm" data-testid="history-empty">
        {t("masterplan.review.historyEmpty")}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="history-panel">
      {history.data.data.map((e) => (
        <HistoryItem key={e.id} event={e} lines={words.lines(e)} />
      ))}
      <Pager page={page} pageSize={PAGE_SIZE} total={history.data.total} onChange={setPage} />
    </Stack>
  );
}

function HistoryItem({ event, lines }: { event: HistoryEventOut; lines: HistoryLine[] }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormatDate();
  const key = `masterplan.review.actionsLabel.${event.action.replace(".", "_")}`;
  const action = i18n.exists(key) ? t(key as "masterplan.review.actionsLabel.program_created") : event.action;
  const who = event.actor.name ?? event.actor.email ?? t("masterplan.review.unknownPerson");
  // A new object has only values after, a deleted one only values before: no arrows from or to nothing.
  const created = event.action.endsWith(".created");
  const deleted = event.action.endsWith(".deleted");
  return (
    <Paper withBorder p="sm" radius="md" data-testid="history-event">
      <Text size="sm" fw={600}>
        {action}
      </Text>
      <Text size="xs" c="dimmed">
        {dateTime(event.at)} · {who}
        {event.actor.name && event.actor.email ? ` (${event.actor.email})` : ""}
      </Text>
      {lines.length === 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t("masterplan.review.noChanges")}
        </Text>
      ) : (
        <Stack gap={2} mt={4} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {lines.map((line) => (
            <Text
              key={line.field}
              size="xs"
              component="li"
              data-testid="history-change"
              data-field={line.field}
              style={{ wordBreak: "break-word" }}
            >
              <strong>{line.label}</strong>:{" "}
              {created ? line.after : deleted ? line.before : `${line.before} → ${line.after}`}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
