import { Paper, Skeleton, Text } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useFormatNumber } from "../i18n/format";

type StatCardProps = { label: string; query: Pick<UseQueryResult<number>, "data" | "isPending" | "isError"> };

/** One key figure from the API; a failed load says so instead of showing a made-up number. */
export function StatCard({ label, query }: StatCardProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <Paper withBorder p="md" radius="md">
      {query.isPending ? (
        <Skeleton height={36} width="50%" mb={6} />
      ) : query.isError || query.data === undefined ? (
        <Text fz={32} fw={700} lh={1.2} c="dimmed" title={t("home.figureError")}>
          {t("common.notAvailable")}
        </Text>
      ) : (
        <Text fz={32} fw={700} lh={1.2}>
          {formatNumber(query.data)}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {query.isError && (
        <Text size="xs" c="red">
          {t("home.figureError")}
        </Text>
      )}
    </Paper>
  );
}
