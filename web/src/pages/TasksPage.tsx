import { Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { taskCountQuery, tasksQuery } from "../api/tasks";
import { QueryErrorState } from "../components/AccessStates";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { groupByUrgency } from "../components/tasks/due";
import { TaskCard } from "../components/tasks/TaskCard";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/tugas");
const PAGE_SIZE = 20;

/** Perlu Tindakan: what waits for the signed-in person now, where a person lands after signing in. */
export function TasksPage() {
  const { t } = useTranslation();
  usePageTitle(t("tasks.title"));
  return (
    <>
      <PageHeader title={t("tasks.title")} description={t("tasks.intro")} testId="tasks-title" />
      <RequireSession>{() => <TasksView />}</RequireSession>
    </>
  );
}

function TasksView() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const tasks = useQuery({ ...tasksQuery(page, PAGE_SIZE), placeholderData: keepPreviousData });
  const total = tasks.data?.total ?? 0;
  const client = useQueryClient();
  const fresh = tasks.isSuccess && !tasks.isPlaceholderData;

  // The navigation's badge says what this list says, without waiting for its next minute.
  useEffect(() => {
    if (fresh) client.setQueryData(taskCountQuery(true).queryKey, (old) => (old ? { ...old, total } : old));
  }, [client, fresh, total]);

  if (tasks.isPending) {
    return (
      <Stack gap="sm" aria-busy>
        <Skeleton height={84} />
        <Skeleton height={84} />
        <Skeleton height={84} />
      </Stack>
    );
  }
  if (tasks.isError) return <QueryErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (total === 0) {
    return (
      <Paper withBorder p="xl" radius="md" ta="center" data-testid="tasks-empty">
        <Stack gap="xs" align="center">
          <Text fw={600} size="lg" role="status">
            {t("tasks.empty")}
          </Text>
          <Text c="dimmed" size="sm">
            {t("tasks.emptyHint")}
          </Text>
          <AnchorLink to="/notifikasi" size="sm">
            {t("tasks.seeNotifications")}
          </AnchorLink>
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack gap="lg" aria-busy={tasks.isPlaceholderData || undefined}>
      <PageRange text={(v) => t("tasks.showing", v)} page={page} pageSize={PAGE_SIZE} total={total} />
      {groupByUrgency(tasks.data.data).map((group) => (
        <section key={group.urgency} aria-labelledby={`tasks-${group.urgency}`} data-testid={`tasks-${group.urgency}`}>
          <Title
            order={2}
            size="h5"
            id={`tasks-${group.urgency}`}
            mb="xs"
            c={group.urgency === "overdue" ? "red.8" : undefined}
          >
            {t(`tasks.group.${group.urgency}`)}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
            {group.tasks.map((task) => (
              <TaskCard key={`${task.kind}:${task.object.type}:${task.object.id}:${task.href}`} task={task} />
            ))}
          </Stack>
        </section>
      ))}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        onChange={(next) => void navigate({ search: { page: next === 1 ? undefined : next } })}
      />
    </Stack>
  );
}
