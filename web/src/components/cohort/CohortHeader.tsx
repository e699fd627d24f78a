import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { CohortStatus } from "../../../../domain/cohort";
import type { CohortOut } from "../../../../domain/cohort-api";
import { frameworkQuery } from "../../api/frameworks";
import { useFormatDate, useFormatNumber } from "../../i18n/format";
import { Fact } from "../Fact";
import { ResultLetterLinks } from "./CohortDocumentLinks";
import { PhaseControl } from "./PhaseControl";
import { CohortStatusBadge } from "./StatusBadges";

const PLAN_ORDER = ["assessmentStart", "assessmentEnd", "selectionDate", "mouDate", "mentoringStart", "mentoringEnd"];

/** Name, phase, quota, counts and planned dates of a cohort, with the admin's phase buttons. */
export function CohortHeader({ cohort, onMoved }: { cohort: CohortOut; onMoved: (status: CohortStatus) => void }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { date } = useFormatDate();
  const planned = PLAN_ORDER.filter((key) => cohort.plan[key]);
  const framework = useQuery(frameworkQuery(cohort.frameworkId)).data;

  return (
    <Stack gap="md" mb="lg">
      <Group gap="sm" align="center">
        <Title order={1} size="h2" data-testid="cohort-title">
          {cohort.name}
        </Title>
        <CohortStatusBadge status={cohort.status} />
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} spacing="md" m={0}>
            <Fact label={t("cohortForm.year")}>{cohort.year}</Fact>
            <Fact label={t("cohort.quota")}>{formatNumber(cohort.quota)}</Fact>
            <Fact label={t("cohort.candidates")}>{formatNumber(cohort.counts.candidates)}</Fact>
            <Fact label={t("cohort.selected")}>{formatNumber(cohort.counts.selected)}</Fact>
            <Fact label={t("frameworkEdit.cohortFramework")}>
              <span data-testid="cohort-framework-name">
                {framework ? `${framework.name} (${framework.version})` : t("common.notAvailable")}
              </span>
            </Fact>
          </SimpleGrid>
          <div>
            <Text size="sm" c="dimmed" mb={4}>
              {t("cohort.plan")}
            </Text>
            {planned.length === 0 ? (
              <Text size="sm">{t("cohort.planEmpty")}</Text>
            ) : (
              <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 6 }} spacing="xs" m={0} data-testid="cohort-plan">
                {planned.map((key) => (
                  <Fact key={key} label={t(`cohortForm.${key}` as "cohortForm.mouDate")}>
                    <Text span size="sm" inherit>
                      {date(cohort.plan[key] as string)}
                    </Text>
                  </Fact>
                ))}
              </SimpleGrid>
            )}
          </div>
          {cohort.resultLetterNumber && cohort.resultLetterDate && (
            <Text size="sm" data-testid="cohort-result-letter">
              {t("cohort.resultLetter", {
                number: cohort.resultLetterNumber,
                date: date(cohort.resultLetterDate),
              })}
            </Text>
          )}
          <ResultLetterLinks cohortId={cohort.id} />
          <PhaseControl cohort={cohort} onMoved={onMoved} />
        </Stack>
      </Paper>
    </Stack>
  );
}
