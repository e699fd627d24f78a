import { Badge, Paper, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EvaluationDetail } from "../../api/evaluations";
import { useFormatDate, useFormatNumber } from "../../i18n/format";
import { RESULT_ORDER, useEvaluationLabels } from "./labels";

/** The score sheets the person may read (the admin: every assessor's), item by item, read-only. */
export function ScoreSheetsView({ detail }: { detail: EvaluationDetail }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const formatNumber = useFormatNumber();
  const { date } = useFormatDate();
  const { scheme, scoreSheets } = detail;
  if (scoreSheets.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md" ta="center">
        <Text role="status">{t("evaluation.score.noSheets")}</Text>
      </Paper>
    );
  }
  const items = scheme.smartDimensions.flatMap((d) =>
    scheme.items
      .filter((i) => i.smartDimension === d.code)
      .sort((a, b) => RESULT_ORDER.indexOf(a.resultDimension) - RESULT_ORDER.indexOf(b.resultDimension)),
  );
  const resultName = (code: string) => {
    const r = scheme.resultDimensions.find((x) => x.code === code);
    return r ? labels.pick(r.nameId, r.nameEn) : code;
  };
  const dimName = (code: string) => {
    const d = scheme.smartDimensions.find((x) => x.code === code);
    return d ? labels.pick(d.nameId, d.nameEn) : code;
  };

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped aria-label={t("evaluation.score.sheetsCaption")} data-testid="score-sheets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("evaluation.score.colItem")}</Table.Th>
              {scoreSheets.map((s) => (
                <Table.Th key={s.assessorId} ta="right">
                  {s.assessorName}{" "}
                  <Badge size="xs" variant="light" color={s.complete ? "green" : "orange"} tt="none">
                    {s.complete ? t("evaluation.score.complete") : t("evaluation.score.incomplete")}
                  </Badge>
                  {!s.assigned && (
                    <Text size="xs" c="dimmed">
                      {t("evaluation.score.unassigned")}
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.code}>
                <Table.Td>
                  <Text size="sm">
                    {dimName(item.smartDimension)} · {resultName(item.resultDimension)}
                  </Text>
                </Table.Td>
                {scoreSheets.map((s) => {
                  const score = s.items.find((i) => i.itemCode === item.code);
                  return (
                    <Table.Td key={s.assessorId} ta="right">
                      {score ? formatNumber(score.score) : t("common.notAvailable")}
                      {score?.note && (
                        <Text size="xs" c="dimmed">
                          {score.note}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {scoreSheets.map((s) => (
        <Paper key={s.assessorId} withBorder p="sm" radius="md">
          <Text size="sm" fw={600}>
            {t("evaluation.score.interviewBy", { name: s.assessorName })}
          </Text>
          {s.interview?.heldOn || s.interview?.notes ? (
            <>
              {s.interview.heldOn && <Text size="sm">{date(s.interview.heldOn)}</Text>}
              {s.interview.notes && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {s.interview.notes}
                </Text>
              )}
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t("evaluation.score.noInterview")}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
