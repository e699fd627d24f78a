import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoundDetail } from "../../api/evaluations";
import { useFormatDate, useFormatNumber } from "../../i18n/format";
import { Fact } from "../Fact";
import { ButtonLink } from "../RouterLinks";
import { useEvaluationLabels } from "./labels";
import { RoundEditModal } from "./RoundEditModal";
import { RoundPhaseControl } from "./RoundPhaseControl";
import { RoundStatusBadge } from "./StatusBadge";

type Props = { round: RoundDetail; regionName: (code: string) => string; onMoved: () => void };

/** Name, phase, scheme with its weights, counts, phase deadlines and the result letter; the admin's phase buttons. */
export function RoundHeader({ round, regionName, onMoved }: Props) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const formatNumber = useFormatNumber();
  const { date } = useFormatDate();
  const [editing, setEditing] = useState(false);
  const weights = round.scheme.resultDimensions
    .map((r) => `${labels.pick(r.nameId, r.nameEn)} ${formatNumber(r.weight)}%`)
    .join(" · ");

  return (
    <Stack gap="md" mb="lg">
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="sm" align="center">
          <Title order={1} size="h2" data-testid="round-title">
            {round.name}
          </Title>
          <RoundStatusBadge status={round.status} />
        </Group>
        {round.can.manage && round.status !== "published" && (
          <Button variant="default" onClick={() => setEditing(true)} data-testid="round-edit">
            {t("evaluation.edit.open")}
          </Button>
        )}
      </Group>
      {round.can.manage && <RoundEditModal round={round} opened={editing} onClose={() => setEditing(false)} />}
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="md" m={0}>
            <Fact label={t("evaluation.round.year")}>{round.year}</Fact>
            <Fact label={t("evaluation.round.tahap")}>{t("evaluation.tahapN", { tahap: round.tahap })}</Fact>
            <Fact label={t("evaluation.round.participants")}>{formatNumber(round.counts.participants)}</Fact>
            <Fact label={t("evaluation.round.assessors")}>{formatNumber(round.counts.assessors)}</Fact>
            <Fact label={t("evaluation.form.selfAssessmentEndsOn")}>
              <span data-testid="round-self-assessment-ends">
                {round.selfAssessmentEndsOn ? date(round.selfAssessmentEndsOn) : t("evaluation.round.noEnd")}
              </span>
            </Fact>
            <Fact label={t("evaluation.form.scoringEndsOn")}>
              <span data-testid="round-scoring-ends">
                {round.scoringEndsOn ? date(round.scoringEndsOn) : t("evaluation.round.noEnd")}
              </span>
            </Fact>
          </SimpleGrid>
          <div>
            <Text size="sm" c="dimmed">
              {t("evaluation.round.scheme", { name: round.schemeName })}
            </Text>
            <Text size="sm" data-testid="round-weights">
              {weights}
              {" · "}
              {t("evaluation.round.scale", {
                min: formatNumber(round.scheme.scale.min),
                max: formatNumber(round.scheme.scale.max),
              })}
            </Text>
          </div>
          {round.status === "published" && round.resultLetterNumber && round.resultLetterDate && (
            <Group justify="space-between" gap="sm">
              <Text size="sm" data-testid="round-result-letter">
                {t("evaluation.round.letter", {
                  number: round.resultLetterNumber,
                  date: date(round.resultLetterDate),
                })}
              </Text>
              <ButtonLink
                to="/evaluasi/hasil"
                search={{ year: round.year, tahap: round.tahap }}
                variant="light"
                size="compact-sm"
                data-testid="round-results-link"
              >
                {t("evaluation.round.seeResults")}
              </ButtonLink>
            </Group>
          )}
          <RoundPhaseControl round={round} regionName={regionName} onMoved={onMoved} />
        </Stack>
      </Paper>
    </Stack>
  );
}
