import { Button, Drawer, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HistoryEventOut } from "../../../../domain/masterplan-review";
import { historyQuery } from "../../api/masterplan-review";
import { useFormatDate } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { Pager } from "../Pager";

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
        <HistoryItem key={e.id} event={e} />
      ))}
      <Pager page={page} pageSize={PAGE_SIZE} total={history.data.total} onChange={setPage} />
    </Stack>
  );
}

function HistoryItem({ event }: { event: HistoryEventOut }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormatDate();
  const key = `masterplan.review.actionsLabel.${event.action.replace(".", "_")}`;
  const action = i18n.exists(key) ? t(key as "masterplan.review.actionsLabel.program_created") : event.action;
  const who = event.actor.name ?? event.actor.email ?? t("masterplan.review.unknownPerson");
  const fields = Object.entries(event.changes);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="history-event">
      <Text size="sm" fw={600}>
        {action}
      </Text>
      <Text size="xs" c="dimmed">
        {dateTime(event.at)} · {who}
        {event.actor.name && event.actor.email ? ` (${event.actor.email})` : ""}
      </Text>
      {fields.length === 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t("masterplan.review.noChanges")}
        </Text>
      ) : (
        <Stack gap={2} mt={4} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {fields.map(([field, [before, after]]) => (
            <Text key={field} size="xs" component="li" data-testid="history-change" style={{ wordBreak: "break-word" }}>
              <strong>{field}</strong>: {show(before, t("masterplan.review.emptyValue"))} →{" "}
              {show(after, t("masterplan.review.emptyValue"))}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** A changed value as one short line: strings as they are, objects as JSON, long values cut. */
function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
