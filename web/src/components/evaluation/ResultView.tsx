import { Accordion, Alert, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { resultQuery, type Scheme } from "../../api/evaluations";
import { useFormatDate } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { DimensionDrill } from "./DimensionDrill";
import { useScoreFormat } from "./format";
import { useEvaluationLabels } from "./labels";
import { ResultCharts } from "./ResultCharts";

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={/\d/.test(value) ? 30 : 22} fw={700} lh={1.3} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The published result of one region: index, ranks, improvement, charts, and index → dimension → items → programs. */
export function ResultView({ evaluationId, scheme }: { evaluationId: number; scheme: Scheme }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const fmt = useScoreFormat();
  const { date } = useFormatDate();
  const result = useQuery(resultQuery(evaluationId));
  const [open, setOpen] = useState<string | null>(null);
  if (result.isPending) return <Skeleton height={300} />;
  if (result.isError) return <QueryErrorState error={result.error} onRetry={() => void result.refetch()} />;
  const r = result.data;
  const resultName = (code: string) => {
    const d = r.resultDimensions.find((x) => x.code === code);
    return d ? labels.pick(d.nameId, d.nameEn) : code;
  };

  return (
    <Stack gap="lg" data-testid="evaluation-result">
      {r.resultLetterNumber && r.resultLetterDate && (
        <Alert color="green" variant="light" data-testid="result-letter">
          {t("evaluation.result.letter", { number: r.resultLetterNumber, date: date(r.resultLetterDate) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Figure
          label={t("evaluation.result.index")}
          value={fmt.score(r.index)}
          hint={t("evaluation.result.indexHint", { min: scheme.scale.min, max: scheme.scale.max })}
          testId="result-index"
        />
        <Figure
          label={t("evaluation.result.nationalRank")}
          value={fmt.rank(r.nationalRank, r.participants)}
          testId="result-national-rank"
        />
        <Figure
          label={t("evaluation.result.provincialRank", { province: r.provinceName })}
          value={fmt.rank(r.provincialRank, r.provinceParticipants)}
          testId="result-provincial-rank"
        />
        <Figure
          label={t("evaluation.result.improvement")}
          value={
            r.previousIndex === null
              ? t("evaluation.result.firstRound")
              : fmt.improvement(r.improvement, r.improvementPercent)
          }
          hint={
            r.previousIndex === null
              ? t("evaluation.result.noPrevious")
              : t("evaluation.result.previous", { value: fmt.score(r.previousIndex) })
          }
          testId="result-improvement"
        />
      </SimpleGrid>

      <ResultCharts result={r} scale={scheme.scale} />

      <Paper withBorder p="md" radius="md">
        <Text fw={600} mb="xs">
          {t("evaluation.result.resultDimensions")}
        </Text>
        <Table verticalSpacing={4} aria-label={t("evaluation.result.resultDimensions")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("evaluation.result.colDimension")}</Table.Th>
              <Table.Th ta="right">{t("evaluation.result.colWeight")}</Table.Th>
              <Table.Th ta="right">{t("evaluation.result.colScore")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.resultDimensions.map((d) => (
              <Table.Tr key={d.code} data-testid="result-dimension" data-code={d.code}>
                <Table.Td>{labels.pick(d.nameId, d.nameEn)}</Table.Td>
                <Table.Td ta="right">{d.weight}%</Table.Td>
                <Table.Td ta="right">{fmt.score(d.score)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <div>
        <Text fw={600} mb="xs">
          {t("evaluation.result.drillTitle")}
        </Text>
        <Text size="sm" c="dimmed" mb="sm">
          {t("evaluation.result.drillIntro")}
        </Text>
        <Accordion value={open} onChange={setOpen} variant="separated" data-testid="result-drill">
          {r.smartDimensions.map((d) => (
            <Accordion.Item key={d.code} value={d.code} data-testid={`result-smart-${d.code}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Text fw={600}>{labels.pick(d.nameId, d.nameEn)}</Text>
                  <Text fw={700}>{fmt.score(d.score)}</Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {open === d.code && (
                  <Stack gap="md">
                    <Table verticalSpacing={4} fz="sm" aria-label={t("evaluation.result.itemsCaption")}>
                      <Table.Tbody>
                        {d.items.map((i) => (
                          <Table.Tr key={i.code}>
                            <Table.Td w={130} fw={500}>
                              {resultName(i.resultDimension)}
                            </Table.Td>
                            <Table.Td>
                              {labels.pick(i.textId, scheme.items.find((x) => x.code === i.code)?.textEn ?? i.textId)}
                            </Table.Td>
                            <Table.Td ta="right" w={70} fw={600}>
                              {fmt.score(i.score)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                    <Text fw={600} size="sm">
                      {t("evaluation.result.programsTitle")}
                    </Text>
                    <DimensionDrill evaluationId={evaluationId} code={d.code} />
                  </Stack>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </div>
    </Stack>
  );
}
