import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LENSES } from "../../../../domain/assessment";
import type { Assessment } from "../../api/assessment";
import { useFormatDate, useFormatDecimal, useFormatNumber } from "../../i18n/format";

/** The admin's view: the combined result with its spread, and every assessor's scores side by side. */
export function ScoresResult({ data }: { data: Assessment }) {
  const { t } = useTranslation();
  const formatDecimal = useFormatDecimal();
  const formatNumber = useFormatNumber();
  const { date } = useFormatDate();
  const result = data.result;
  const dash = t("common.notAvailable");
  const num = (v: number | null | undefined) => (v === null || v === undefined ? dash : formatDecimal(v));

  return (
    <Stack gap="md">
      {result && (
        <Paper withBorder p="md" radius="md" data-testid="scores-result">
          <Title order={2} size="h4" mb="sm">
            {t("scoring.resultTitle")}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3 + LENSES.filter((l) => result.byLens[l] !== undefined).length }}>
            <Fact label={t("scoring.mean")} value={num(result.mean)} strong />
            <Fact label={t("scoring.spread")} value={num(result.spread)} />
            <Fact label={t("scoring.assessors")} value={formatNumber(result.assessors)} />
            {LENSES.filter((l) => result.byLens[l] !== undefined).map((l) => (
              <Fact key={l} label={t(`lens.${l}`)} value={num(result.byLens[l])} />
            ))}
          </SimpleGrid>
        </Paper>
      )}
      <Title order={2} size="h4">
        {t("scoring.byAssessor")}
      </Title>
      {data.scores.length === 0 ? (
        <Text c="dimmed" role="status">
          {t("scoring.noScores")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={400 + data.scores.length * 140}>
          <Table verticalSpacing={4} withTableBorder withColumnBorders aria-label={t("scoring.byAssessor")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("scoring.colCriterion")}</Table.Th>
                {data.scores.map((s) => (
                  <Table.Th key={s.assessorId} ta="center">
                    {s.assessorName}
                    <br />
                    <Badge size="xs" variant="light" color={s.complete ? "green" : "orange"} tt="none" radius="sm">
                      {s.complete ? t("scoring.complete") : t("scoring.partial")}
                    </Badge>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.instrument.criteria.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text span ff="monospace" size="sm">
                      {c.code}
                    </Text>{" "}
                    <Text span size="xs" c="dimmed">
                      {t(`lens.${c.lens}`)}
                    </Text>
                  </Table.Td>
                  {data.scores.map((s) => {
                    const item = s.items.find((i) => i.criterionId === c.id);
                    return (
                      <Table.Td key={s.assessorId} ta="center" title={item?.note ?? undefined}>
                        {item ? item.score : dash}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th>{t("scoring.total")}</Table.Th>
                {data.scores.map((s) => (
                  <Table.Td key={s.assessorId} ta="center" fw={700}>
                    {num(s.total)}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.scores
        .filter((s) => s.interview && (s.interview.presentationNote || s.interview.interviewNote))
        .map((s) => (
          <Paper key={s.assessorId} withBorder p="sm" radius="md">
            <Text size="sm" fw={500}>
              {t("scoring.interview")} · {s.assessorName}
              {s.interview?.heldOn ? ` · ${date(s.interview.heldOn)}` : ""}
            </Text>
            {s.interview?.presentationNote && (
              <Text size="sm" mt={4}>
                <Text span c="dimmed">
                  {t("scoring.presentationNote")}:
                </Text>{" "}
                {s.interview.presentationNote}
              </Text>
            )}
            {s.interview?.interviewNote && (
              <Text size="sm" mt={4}>
                <Text span c="dimmed">
                  {t("scoring.interviewNote")}:
                </Text>{" "}
                {s.interview.interviewNote}
              </Text>
            )}
          </Paper>
        ))}
    </Stack>
  );
}

function Fact({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 700 : 500} size={strong ? "xl" : "md"}>
        {value}
      </Text>
    </div>
  );
}
