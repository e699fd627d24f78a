import { Badge, Paper, Skeleton, Stack, Tabs, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, hasCode } from "../api/client";
import {
  type FeedbackActionInput,
  type FeedbackQueueItem,
  feedbackKeys,
  feedbackQueueQuery,
  moderateFeedback,
} from "../api/feedback";
import { regionQuery } from "../api/regions";
import { QueryErrorState } from "../components/AccessStates";
import { useErrorText } from "../components/ErrorState";
import { ModerationDialog, type ModerationTarget } from "../components/feedback/ModerationDialog";
import { QueueCard } from "../components/feedback/QueueCard";
import { QUEUE_TABS } from "../components/feedback/search";
import { Notice, type NoticeMessage } from "../components/Notice";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { RequireSession } from "../components/RequireSession";
import { RegionCrumbs } from "../components/region/RegionCrumbs";
import { usePageTitle } from "../components/use-page-title";
import { useFormatNumber } from "../i18n/format";

const route = getRouteApi("/wilayah/$code/masukan");
const PAGE_SIZE = 20;

/** Wilayah/{kode}/Masukan: the region's moderation queue of citizen feedback. */
export function FeedbackQueuePage() {
  return <RequireSession>{() => <QueueView />}</RequireSession>;
}

function QueueView() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const errorText = useErrorText();
  const { code } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const status = search.status ?? "open";
  const page = search.page ?? 1;
  const queryClient = useQueryClient();
  const region = useQuery(regionQuery(code));
  const queue = useQuery(feedbackQueueQuery(code, { status, page, pageSize: PAGE_SIZE }));
  const regionName = region.data?.displayName ?? code;
  usePageTitle(t("feedback.queue.title", { region: regionName }));

  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [target, setTarget] = useState<ModerationTarget | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: feedbackKeys.queueAll(code) }),
      queryClient.invalidateQueries({ queryKey: feedbackKeys.publicAll(code) }),
    ]);

  /** Runs one step; a version conflict reloads the list and says so. Returns the text of a failure, or null. */
  const run = async (item: FeedbackQueueItem, input: FeedbackActionInput): Promise<string | null> => {
    setBusyId(item.id);
    try {
      const done = await moderateFeedback(item.id, input);
      setNotice({
        text:
          input.action === "forward"
            ? t("feedback.queue.done.forward", { opd: done.data.forwardedTo?.name ?? "" })
            : t(`feedback.queue.done.${input.action}`),
      });
      setTarget(null);
      return null;
    } catch (cause) {
      if (hasCode(cause, "version_conflict")) {
        setNotice({ text: t("feedback.queue.conflict"), color: "blue" });
        // The dialog (if any) keeps what was typed and continues with the fresh version.
        const fresh = await queue.refetch();
        setTarget((current) => {
          const latest = current && fresh.data?.data.find((i) => i.id === current.item.id);
          return current && latest ? { ...current, item: latest } : current;
        });
        return t("feedback.queue.conflict");
      }
      const text = cause instanceof ApiError && cause.status > 0 && cause.message ? cause.message : errorText(cause);
      if (!target) setNotice({ text, color: "red" });
      return text;
    } finally {
      setBusyId(null);
      void refresh();
    }
  };

  const crumbs = <RegionCrumbs code={code} regionName={regionName} page={t("feedback.queue.nav")} />;

  if (queue.isError && !queue.data) {
    return (
      <>
        {crumbs}
        <QueryErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      </>
    );
  }

  const counts = queue.data?.counts;
  const tabCount = (tab: (typeof QUEUE_TABS)[number]) =>
    tab === "open" ? counts?.open : tab === "pending" ? counts?.pending : undefined;

  return (
    <>
      {crumbs}
      <PageHeader
        title={t("feedback.queue.title", { region: regionName })}
        description={t("feedback.queue.intro")}
        testId="feedback-queue-title"
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Tabs
        value={status}
        onChange={(value) =>
          void navigate({
            search: { status: value === "open" ? undefined : (value as (typeof QUEUE_TABS)[number]), page: undefined },
          })
        }
        mb="md"
      >
        <Tabs.List aria-label={t("feedback.queue.tabsLabel")} style={{ flexWrap: "wrap" }}>
          {QUEUE_TABS.map((tab) => {
            const count = tabCount(tab);
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                data-testid={`feedback-tab-${tab}`}
                rightSection={
                  count !== undefined && count > 0 ? (
                    <Badge size="sm" variant="light" color={tab === "pending" ? "yellow" : "blue"} circle={count < 10}>
                      {formatNumber(count)}
                    </Badge>
                  ) : undefined
                }
              >
                {t(`feedback.queue.tabs.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>

      {queue.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label={t("feedback.queue.loading")}>
          <Skeleton height={140} />
          <Skeleton height={140} />
        </Stack>
      ) : queue.data.data.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status" fw={500} data-testid="feedback-queue-empty">
            {t("feedback.queue.empty")}
          </Text>
        </Paper>
      ) : (
        <Stack gap="sm" data-testid="feedback-queue">
          <PageRange
            text={(values) => t("feedback.queue.range", values)}
            page={queue.data.meta.page}
            pageSize={queue.data.meta.pageSize}
            total={queue.data.meta.total}
          />
          {queue.data.data.map((item) => (
            <QueueCard
              key={item.id}
              item={item}
              busy={busyId === item.id}
              onPublish={() => void run(item, { action: "publish", version: item.version })}
              onMarkHandled={() => void run(item, { action: "markHandled", version: item.version })}
              onDialog={(action) => setTarget({ action, item })}
            />
          ))}
          <Pager
            page={queue.data.meta.page}
            pageSize={queue.data.meta.pageSize}
            total={queue.data.meta.total}
            onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })}
          />
        </Stack>
      )}

      <ModerationDialog regionCode={code} target={target} onClose={() => setTarget(null)} onSubmit={run} />
    </>
  );
}
