import { Anchor, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fileUrl } from "../../api/cohorts";
import { mouQuery } from "../../api/mou";
import { useFormatDate } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { QueryErrorState } from "../AccessStates";
import { MouSummaryLinks } from "../cohort/CohortDocumentLinks";

/** A region's memorandum as recorded: numbers, date, mode, place, signatories and the signed scan. */
export function MouView({ candidateId }: { candidateId: number }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { date } = useFormatDate();
  const mou = useQuery(mouQuery(candidateId));

  if (mou.isPending) return <Skeleton height={160} />;
  if (mou.isError) return <QueryErrorState error={mou.error} onRetry={() => void mou.refetch()} />;
  const m = mou.data;
  const dash = t("common.notAvailable");
  const missing = m.missing.map((f) => t(`mou.${f}` as "mou.ministryNumber"));
  const fields: Array<[string, string]> = [
    [t("mou.ministryNumber"), m.ministryNumber ?? dash],
    [t("mou.regionNumber"), m.regionNumber ?? dash],
    [t("mou.signedOn"), m.signedOn ? date(m.signedOn) : dash],
    [t("mou.mode"), m.mode ? labels.mouMode(m.mode) : dash],
    [t("mou.place"), m.place ?? dash],
    [t("mou.ministrySignatoryName"), m.ministrySignatoryName ?? dash],
    [t("mou.ministrySignatoryPosition"), m.ministrySignatoryPosition ?? dash],
    [t("mou.regionSignatoryName"), m.regionSignatoryName ?? dash],
    [t("mou.regionSignatoryPosition"), m.regionSignatoryPosition ?? dash],
  ];

  return (
    <Paper withBorder p="md" radius="md" data-testid="mou-view">
      <Stack gap="md">
        <Group gap="sm">
          <Badge color={m.complete ? "green" : "orange"} variant="light" radius="sm" tt="none" data-testid="mou-status">
            {m.complete ? t("mou.complete") : t("mou.incomplete")}
          </Badge>
          {m.version === 0 && (
            <Text size="sm" c="dimmed">
              {t("mou.notRecorded")}
            </Text>
          )}
          <MouSummaryLinks cohortId={m.cohortId} regionCode={m.regionCode} />
        </Group>
        {!m.complete && m.version > 0 && (
          <Text size="sm" c="dimmed">
            {t("mou.missing", { fields: missing.join(", ") })}
          </Text>
        )}
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
          {fields.map(([label, value]) => (
            <div key={label}>
              <Text size="sm" c="dimmed" component="dt">
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        {m.scan && (
          <Anchor href={fileUrl(m.scan.id)} target="_blank" rel="noopener">
            {t("mou.download")}: {m.scan.name}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
