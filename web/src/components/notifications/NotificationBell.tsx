import { ActionIcon, Box, Group, Indicator, Menu, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { NotificationOut } from "../../../../domain/notifications";
import {
  latestNotificationsQuery,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from "../../api/notifications";
import { useFormatDate, useFormatRelativeTime } from "../../i18n/format";
import { linkOf } from "../../routes/server-href";
import { BellIcon } from "./BellIcon";
import { UnreadDot } from "./UnreadDot";

const LATEST = 8;

/** The header's bell: the unread count, the latest notifications, mark all read, and the full list. */
export function NotificationBell({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const latest = useQuery(latestNotificationsQuery(true, LATEST));
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const navigate = useNavigate();
  const router = useRouter();
  const unread = latest.data?.unread ?? 0;
  const label = unread > 0 ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell");

  const open = (notification: NotificationOut) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
    onNavigate?.();
    const link = linkOf(notification.href);
    if (link) void router.navigate({ to: link.to, search: link.search, hash: link.hash });
  };

  return (
    <Menu position="bottom-end" width="min(380px, calc(100vw - 16px))" shadow="md" withinPortal loop>
      <Menu.Target>
        <Indicator
          label={unread > 99 ? "99+" : unread}
          size={18}
          color="red"
          offset={6}
          disabled={unread === 0}
          styles={{ indicator: { fontSize: 11, fontWeight: 700, pointerEvents: "none" } }}
          attributes={{ indicator: { "data-testid": "bell-count" } }}
        >
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} title={label} data-testid="bell">
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown data-testid="bell-dropdown">
        <Menu.Label>{t("notifications.latest")}</Menu.Label>
        {latest.isPending ? (
          <Stack gap={6} p="xs">
            <Skeleton height={36} />
            <Skeleton height={36} />
          </Stack>
        ) : latest.isError ? (
          <Text size="sm" c="red" px="sm" py="xs" role="alert">
            {t("notifications.loadFailed")}
          </Text>
        ) : latest.data.data.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t("notifications.none")}
          </Text>
        ) : (
          latest.data.data.map((n) => <BellItem key={n.id} notification={n} onOpen={() => open(n)} />)
        )}
        <Menu.Divider />
        <Group gap={0} wrap="nowrap" grow>
          <Menu.Item
            closeMenuOnClick={false}
            disabled={unread === 0 || markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="bell-mark-all"
          >
            <Text size="sm" ta="center">
              {t("notifications.markAllRead")}
            </Text>
          </Menu.Item>
          <Menu.Item
            onClick={() => {
              onNavigate?.();
              void navigate({ to: "/notifikasi" });
            }}
            data-testid="bell-see-all"
          >
            <Text size="sm" ta="center" fw={500} c="blue.7">
              {t("notifications.seeAll")}
            </Text>
          </Menu.Item>
        </Group>
      </Menu.Dropdown>
    </Menu>
  );
}

function BellItem({ notification, onOpen }: { notification: NotificationOut; onOpen: () => void }) {
  const relative = useFormatRelativeTime();
  const { dateTime } = useFormatDate();
  const unread = notification.readAt === null;
  return (
    <Menu.Item onClick={onOpen} data-testid="bell-item" data-unread={unread || undefined} py={8}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <UnreadDot unread={unread} />
        <Box miw={0}>
          <Text size="sm" fw={unread ? 600 : 400} lineClamp={2}>
            {notification.title}
          </Text>
          <Text size="xs" c="dimmed" title={dateTime(notification.createdAt)}>
            {relative(notification.createdAt)}
          </Text>
        </Box>
      </Group>
    </Menu.Item>
  );
}
