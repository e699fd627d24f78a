import { Anchor, Badge, Blockquote, Button, Group, Image, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FeedbackQueueItem } from "../../api/feedback";
import { useFormatDate } from "../../i18n/format";
import { CATEGORY_COLORS, STATUS_COLORS } from "./colors";
import type { DialogAction } from "./ModerationDialog";

type QueueCardProps = {
  item: FeedbackQueueItem;
  busy: boolean;
  onPublish: () => void;
  onMarkHandled: () => void;
  onDialog: (action: DialogAction) => void;
};

/** One feedback in the moderation queue, with only the steps its `can` allows. */
export function QueueCard({ item, busy, onPublish, onMarkHandled, onDialog }: QueueCardProps) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormatDate();
  const name = item.name ?? t("feedback.section.anonymous");
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      id={`masukan-${item.id}`}
      data-testid="feedback-queue-item"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6}>
            <Badge variant="light" color={STATUS_COLORS[item.status]}>
              {t(`feedback.queue.status.${item.status}`)}
            </Badge>
            <Badge variant="outline" color={CATEGORY_COLORS[item.category]}>
              {t(`feedback.category.${item.category}`)}
            </Badge>
            {item.handledAt && (
              <Badge variant="filled" color="teal">
                {t("feedback.queue.handled", { date: date(item.handledAt) })}
              </Badge>
            )}
          </Group>
          <Text size="sm" fw={600}>
            {t(`feedback.subjectKind.${item.subject.kind}`)} {item.subject.code} · {item.subject.title}
          </Text>
        </Stack>
        {item.photoUrl && (
          <Anchor href={item.photoUrl} target="_blank" rel="noopener">
            <Image src={item.photoUrl} alt={t("feedback.queue.photo")} w={96} h={72} radius="sm" fit="cover" />
          </Anchor>
        )}
      </Group>
      <Text mt="xs" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {item.body}
      </Text>
      <Group gap="xs" mt="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {name}
        </Text>
        {item.email ? (
          <Anchor size="sm" href={`mailto:${item.email}`} style={{ overflowWrap: "anywhere" }}>
            {item.email}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t("feedback.queue.noEmail")}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("feedback.queue.sentAt", { date: dateTime(item.sentAt) })}
        {item.publishedAt && ` · ${t("feedback.queue.publishedAt", { date: date(item.publishedAt) })}`}
      </Text>
      {item.forwardedTo && (
        <Text size="sm" mt={4}>
          {t("feedback.queue.forwardedTo", { opd: item.forwardedTo.name })}
        </Text>
      )}
      {item.rejectReason && (
        <Text size="sm" mt={4} c="red.8">
          {t("feedback.queue.rejectReason", { reason: item.rejectReason })}
        </Text>
      )}
      {item.reply && (
        <Blockquote color="blue" p="sm" mt="sm" radius="sm" iconSize={0}>
          <Text size="sm" fw={600}>
            {t("feedback.queue.reply", { by: item.reply.by, date: date(item.reply.repliedAt) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {item.reply.body}
          </Text>
        </Blockquote>
      )}
      {Object.values(item.can).some(Boolean) && (
        <Group gap="xs" mt="md" wrap="wrap">
          {item.can.publish && (
            <Button size="xs" onClick={onPublish} loading={busy} data-testid="feedback-publish">
              {t("feedback.queue.actions.publish")}
            </Button>
          )}
          {item.can.reply && (
            <Button
              size="xs"
              variant="light"
              onClick={() => onDialog("reply")}
              disabled={busy}
              data-testid="feedback-reply"
            >
              {t("feedback.queue.actions.reply")}
            </Button>
          )}
          {item.can.forward && (
            <Button
              size="xs"
              variant="light"
              onClick={() => onDialog("forward")}
              disabled={busy}
              data-testid="feedback-forward"
            >
              {t("feedback.queue.actions.forward")}
            </Button>
          )}
          {item.can.markHandled && (
            <Button
              size="xs"
              variant="light"
              color="teal"
              onClick={onMarkHandled}
              loading={busy}
              data-testid="feedback-mark-handled"
            >
              {t("feedback.queue.actions.markHandled")}
            </Button>
          )}
          {item.can.reject && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => onDialog("reject")}
              disabled={busy}
              data-testid="feedback-reject"
            >
              {t("feedback.queue.actions.reject")}
            </Button>
          )}
        </Group>
      )}
    </Paper>
  );
}
