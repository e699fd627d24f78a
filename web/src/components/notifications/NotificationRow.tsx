import { Box, Button, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { NotificationOut } from "../../../../domain/notifications";
import { useFormatDate, useFormatRelativeTime } from "../../i18n/format";
import { HrefLink } from "../HrefLink";
import classes from "./NotificationRow.module.css";
import { UnreadDot } from "./UnreadDot";

type NotificationRowProps = { notification: NotificationOut; onMarkRead: () => void; marking: boolean };

/** One notification of the full list: opening it marks it read; unread ones can also be marked without opening. */
export function NotificationRow({ notification, onMarkRead, marking }: NotificationRowProps) {
  const { t } = useTranslation();
  const relative = useFormatRelativeTime();
  const { dateTime } = useFormatDate();
  const unread = notification.readAt === null;

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      bg={unread ? "blue.0" : undefined}
      className={classes.row}
      data-testid="notification"
      data-kind={notification.kind}
      data-unread={unread || undefined}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <UnreadDot unread={unread} />
        <Box miw={0} style={{ flex: 1 }}>
          <Text fw={unread ? 700 : 500} style={{ overflowWrap: "anywhere" }}>
            <HrefLink
              href={notification.href}
              className={classes.link}
              onClick={() => {
                if (unread) onMarkRead();
              }}
              data-testid="notification-link"
            >
              {notification.title}
            </HrefLink>
          </Text>
          {notification.body && (
            <Text size="sm" mt={2} style={{ overflowWrap: "anywhere" }}>
              {notification.body}
            </Text>
          )}
          <Group justify="space-between" align="center" gap="xs" mt={6} wrap="wrap">
            <Text size="xs" c="dimmed">
              <time dateTime={notification.createdAt} title={dateTime(notification.createdAt)}>
                {relative(notification.createdAt)}
              </time>
            </Text>
            {unread && (
              <Button
                size="compact-xs"
                variant="subtle"
                className={classes.action}
                onClick={onMarkRead}
                loading={marking}
                aria-label={t("notifications.markReadOf", { title: notification.title })}
                data-testid="notification-mark-read"
              >
                {t("notifications.markRead")}
              </Button>
            )}
          </Group>
        </Box>
      </Group>
    </Paper>
  );
}
