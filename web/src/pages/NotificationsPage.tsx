import { Alert, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { notificationsQuery, useMarkAllNotificationsRead, useMarkNotificationRead } from "../api/notifications";
import { QueryErrorState } from "../components/AccessStates";
import { useErrorText } from "../components/ErrorState";
import { NotificationRow } from "../components/notifications/NotificationRow";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { RequireSession } from "../components/RequireSession";
import { ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/notifikasi");
const PAGE_SIZE = 20;

/** Notifikasi: every notification of the person, all or only the unread, with marking read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("notifications.title"));
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        description={t("notifications.intro")}
        testId="notifications-title"
      />
      <RequireSession>{() => <NotificationsView />}</RequireSession>
    </>
  );
}

function NotificationsView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const onlyUnread = search.unread === true;
  const list = useQuery({
    ...notificationsQuery({ page, pageSize: PAGE_SIZE, unread: onlyUnread || undefined }),
    placeholderData: keepPreviousData,
  });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const total = list.data?.total ?? 0;
  const unread = list.data?.unread ?? 0;
  const failure = markRead.error ?? markAll.error;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t("notifications.filterLabel")}
          value={onlyUnread ? "unread" : "all"}
          onChange={(value) => void navigate({ search: { unread: value === "unread" ? true : undefined } })}
          data={[
            { value: "all", label: t("notifications.filterAll") },
            {
              value: "unread",
              label:
                unread > 0 ? t("notifications.filterUnreadCount", { count: unread }) : t("notifications.filterUnread"),
            },
          ]}
          data-testid="notifications-filter"
        />
        <Group gap="xs" wrap="wrap">
          <Button
            variant="light"
            size="sm"
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
            disabled={unread === 0}
            data-testid="notifications-mark-all"
          >
            {t("notifications.markAllRead")}
          </Button>
          <ButtonLink to="/notifikasi/pengaturan" variant="default" size="sm" data-testid="notifications-settings">
            {t("notifications.settings")}
          </ButtonLink>
        </Group>
      </Group>
      {markAll.isSuccess && (
        <Alert color="green" variant="light" role="status">
          {t("notifications.allMarked")}
        </Alert>
      )}
      {failure && (
        <Alert color="red" variant="light" role="alert" title={t("common.actionFailed")}>
          {errorText(failure)}
        </Alert>
      )}
      {list.isPending ? (
        <Stack gap="sm" aria-busy>
          <Skeleton height={90} />
          <Skeleton height={90} />
          <Skeleton height={90} />
        </Stack>
      ) : list.isError ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : total === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center" data-testid="notifications-empty">
          <Stack gap="xs" align="center">
            <Text role="status">{onlyUnread ? t("notifications.emptyUnread") : t("notifications.empty")}</Text>
            {onlyUnread && (
              <Button variant="subtle" size="xs" onClick={() => void navigate({ search: {} })}>
                {t("notifications.showAll")}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <>
          <PageRange text={(v) => t("notifications.showing", v)} page={page} pageSize={PAGE_SIZE} total={total} />
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            aria-busy={list.isPlaceholderData || undefined}
          >
            {list.data.data.map((n) => (
              <NotificationRow
                key={n.id}
                notification={n}
                onMarkRead={() => markRead.mutate(n.id)}
                marking={markRead.isPending && markRead.variables === n.id}
              />
            ))}
          </Stack>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next === 1 ? undefined : next }) })}
          />
        </>
      )}
    </Stack>
  );
}
