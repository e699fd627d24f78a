import { Alert, Badge, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { type OutboxMessage, outboxQuery } from "../api/outbox";
import { ForbiddenState, QueryErrorState } from "../components/AccessStates";
import { LinkifiedText } from "../components/LinkifiedText";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { RequireSession } from "../components/RequireSession";
import { usePageTitle } from "../components/use-page-title";
import { useFormatDate } from "../i18n/format";

const route = getRouteApi("/kotak-keluar");
const STATUS_COLOR = { queued: "gray", sent: "green", failed: "red" } as const;
const PAGE_SIZE = 20;

/** Kotak Keluar: the e-mails the platform wrote, for handing links over when there is no mail server. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t("outbox.title"));
  return <RequireSession>{(me) => (me.can.readOutbox ? <OutboxView /> : <ForbiddenState />)}</RequireSession>;
}

function OutboxView() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const outbox = useQuery({ ...outboxQuery(page, PAGE_SIZE), placeholderData: keepPreviousData });
  const total = outbox.data?.total ?? 0;

  return (
    <>
      <PageHeader title={t("outbox.title")} description={t("outbox.intro")} />
      {outbox.data && !outbox.data.delivers && (
        <Alert color="yellow" variant="light" mb="md" data-testid="outbox-no-smtp">
          {t("outbox.noSmtp")}
        </Alert>
      )}
      {outbox.isPending ? (
        <Stack gap="md">
          <Skeleton height={140} />
          <Skeleton height={140} />
        </Stack>
      ) : outbox.isError ? (
        <QueryErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : total === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{t("outbox.empty")}</Text>
        </Paper>
      ) : (
        <Stack gap="md">
          <PageRange text={(v) => t("outbox.showing", v)} page={page} pageSize={PAGE_SIZE} total={total} />
          {outbox.data.data.map((message) => (
            <OutboxItem key={message.id} message={message} />
          ))}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(next) => void navigate({ search: { page: next === 1 ? undefined : next } })}
          />
        </Stack>
      )}
    </>
  );
}

function OutboxItem({ message }: { message: OutboxMessage }) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormatDate();
  const kindKey = `outbox.kind.${message.kind}`;
  const kind = i18n.exists(kindKey) ? t(kindKey as "outbox.kind.invitation") : message.kind;
  const headingId = `outbox-${message.id}`;

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="article"
      aria-labelledby={headingId}
      data-testid="outbox-message"
      data-kind={message.kind}
      data-to={message.to}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb="xs">
        <Title order={2} size="h5" id={headingId}>
          {message.subject}
        </Title>
        <Group gap={6}>
          <Badge variant="light" tt="none" radius="sm">
            {kind}
          </Badge>
          <Badge
            variant="light"
            tt="none"
            radius="sm"
            color={STATUS_COLOR[message.status]}
            data-testid="outbox-status"
            data-status={message.status}
          >
            {t(`outbox.status.${message.status}`)}
          </Badge>
        </Group>
      </Group>
      <Text size="sm" mb={2}>
        <Text span c="dimmed" size="sm">
          {t("outbox.to")}:
        </Text>{" "}
        {message.to}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t("outbox.created", { date: dateTime(message.createdAt) })}
        {" · "}
        {message.sentAt ? t("outbox.sent", { date: dateTime(message.sentAt) }) : t("outbox.notSent")}
        {message.attempts > 0 && ` · ${t("outbox.attempts", { count: message.attempts })}`}
      </Text>
      {message.error && message.status !== "sent" && (
        <Alert color={message.status === "failed" ? "red" : "yellow"} variant="light" mb="sm">
          {message.status === "failed"
            ? t("outbox.failed", { error: message.error })
            : t("outbox.retrying", { attempts: message.attempts, error: message.error })}
        </Alert>
      )}
      <Paper bg="gray.0" p="md" radius="sm">
        <LinkifiedText text={message.text} />
      </Paper>
    </Paper>
  );
}
