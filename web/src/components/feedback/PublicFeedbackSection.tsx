import { Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { publicFeedbackQuery } from "../../api/feedback";
import { isNationalAdmin, meQuery } from "../../api/session";
import { useFormatNumber } from "../../i18n/format";
import { ErrorState } from "../ErrorState";
import { PageRange, Pager } from "../Pager";
import { ButtonLink } from "../RouterLinks";
import { PublicFeedbackItem } from "./PublicFeedbackItem";
import { PUBLIC_PAGE_SIZE } from "./use-feedback-counts";

/** Masukan warga: the region's published feedback with replies, newest first, paged. */
export function PublicFeedbackSection({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [page, setPage] = useState(1);
  const query = useQuery(publicFeedbackQuery(regionCode, { page, pageSize: PUBLIC_PAGE_SIZE }));
  const me = useQuery(meQuery()).data ?? null;
  const moderator = isNationalAdmin(me) || Boolean(me?.can.coordinatorOf.includes(regionCode));

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-feedback" data-print="section">
      <Group justify="space-between" align="flex-start" mb="xs" gap="sm">
        <div>
          <Title order={2} size="h3" id="pr-feedback">
            {t("feedback.section.title")}
          </Title>
          {query.data && query.data.counts.published > 0 && (
            <Text size="sm" c="dimmed" data-testid="public-feedback-counts">
              {t("feedback.section.counts", {
                published: formatNumber(query.data.counts.published),
                replied: formatNumber(query.data.counts.replied),
              })}
            </Text>
          )}
        </div>
        {moderator && (
          <ButtonLink
            to="/wilayah/$code/masukan"
            params={{ code: regionCode }}
            variant="default"
            size="xs"
            data-print="hide"
          >
            {t("feedback.section.moderate")}
          </ButtonLink>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t("feedback.section.intro")}
      </Text>
      {query.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label={t("feedback.section.loading")}>
          <Skeleton height={96} />
          <Skeleton height={96} />
        </Stack>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.data.length === 0 ? (
        <Stack gap={4} data-testid="public-feedback-empty">
          <Text fw={500}>{t("feedback.section.empty")}</Text>
          <Text size="sm" c="dimmed">
            {t("feedback.section.emptyHint")}
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm" data-testid="public-feedback-list">
          <PageRange
            text={(values) => t("feedback.section.range", values)}
            page={query.data.meta.page}
            pageSize={query.data.meta.pageSize}
            total={query.data.meta.total}
          />
          {query.data.data.map((item) => (
            <PublicFeedbackItem key={item.id} item={item} />
          ))}
          <Pager
            page={query.data.meta.page}
            pageSize={query.data.meta.pageSize}
            total={query.data.meta.total}
            onChange={(next) => {
              setPage(next);
              document.getElementById("pr-feedback")?.scrollIntoView({ block: "start" });
            }}
          />
        </Stack>
      )}
    </Paper>
  );
}
