import { Badge, Blockquote, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { feedbackFollowQuery } from "../api/feedback";
import { NotFoundState } from "../components/AccessStates";
import { ErrorState } from "../components/ErrorState";
import { Fact } from "../components/Fact";
import { CATEGORY_COLORS, STATUS_COLORS } from "../components/feedback/colors";
import { FollowSteps } from "../components/feedback/FollowSteps";
import { ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useFormatDate } from "../i18n/format";

const route = getRouteApi("/masukan/$token");

/** Masukan/{token}: the sender's private page, reached only with the link they got when sending. */
export function FeedbackFollowPage() {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const { token } = route.useParams();
  const query = useQuery(feedbackFollowQuery(token));
  usePageTitle(t("feedback.follow.pageTitle"));

  if (query.isPending) {
    return (
      <Stack gap="md" maw={720} mx="auto" aria-busy="true">
        <Skeleton height={36} width="60%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (query.isError) {
    if (isApiError(query.error, 404) || isApiError(query.error, 422)) {
      return <NotFoundState title={t("feedback.follow.unknownTitle")} body={t("feedback.follow.unknown")} />;
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }

  const f = query.data;
  return (
    <Stack gap="lg" maw={720} mx="auto" data-testid="feedback-follow">
      <div>
        <Title order={1} size="h2">
          {t("feedback.follow.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("feedback.follow.privateNote")}
        </Text>
      </div>
      <Paper withBorder p="lg" radius="md">
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" m={0}>
          <Fact label={t("feedback.follow.region")}>{f.region.name}</Fact>
          <Fact label={t("feedback.follow.subject")}>
            {t(`feedback.subjectKind.${f.subject.kind}`)} {f.subject.code} · {f.subject.title}
          </Fact>
          <Fact label={t("feedback.follow.category")}>
            <Group gap={6}>
              <Badge variant="light" color={CATEGORY_COLORS[f.category]}>
                {t(`feedback.category.${f.category}`)}
              </Badge>
              <Badge variant="outline" color={STATUS_COLORS[f.status]}>
                {t(`feedback.queue.status.${f.status}`)}
              </Badge>
            </Group>
          </Fact>
          <Fact label={t("feedback.follow.sentAt")}>{date(f.sentAt)}</Fact>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-label={t("feedback.follow.pageTitle")}>
        <FollowSteps follow={f} />
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="follow-text">
        <Title order={2} size="h4" id="follow-text" mb="xs">
          {t("feedback.follow.yourText")}
        </Title>
        <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{f.body}</Text>
        {f.photo && (
          <Text size="sm" c="dimmed" mt="xs">
            {t("feedback.follow.photo")}
          </Text>
        )}
        {f.reply ? (
          <Blockquote color="blue" p="sm" mt="md" radius="sm" iconSize={0} data-testid="follow-reply">
            <Text size="sm" fw={600}>
              {t("feedback.follow.reply", { by: f.reply.by })}{" "}
              <Text span size="sm" c="dimmed" fw={400}>
                · {date(f.reply.repliedAt)}
              </Text>
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {f.reply.body}
            </Text>
          </Blockquote>
        ) : (
          <Text size="sm" c="dimmed" mt="md">
            {t("feedback.follow.noReply")}
          </Text>
        )}
      </Paper>
      <div>
        <ButtonLink to="/wilayah/$code" params={{ code: f.region.code }} variant="light">
          {t("feedback.follow.openRegion", { region: f.region.name })}
        </ButtonLink>
      </div>
    </Stack>
  );
}
