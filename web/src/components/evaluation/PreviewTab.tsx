import { Alert, Paper, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { participantsQuery, previewQuery, type RoundDetail } from "../../api/evaluations";
import { useFormatNumber } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { useScoreFormat } from "./format";
import { useEvaluationLabels } from "./labels";

/** Pratinjau hasil: what publishing now would store — index, dimension scores and ranks — not saved yet. */
export function PreviewTab({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const fmt = useScoreFormat();
  const formatNumber = useFormatNumber();
  const preview = useQuery(previewQuery(round.id));
  const names = useQuery(participantsQuery(round.id, { pageSize: 500 }));

  if (preview.isPending || names.isPending) return <Skeleton height={200} />;
  if (preview.isError) return <QueryErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  const byCode = new Map((names.data?.data ?? []).map((e) => [e.regionCode, e]));
  const rows = [...preview.data].sort(
    (a, b) =>
      (a.nationalRank ?? Number.POSITIVE_INFINITY) - (b.nationalRank ?? Number.POSITIVE_INFINITY) ||
      a.regionCode.localeCompare(b.regionCode),
  );
  const unranked = rows.filter((r) => r.nationalRank === null).length;

  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light">
        {t("evaluation.preview.intro")}
      </Alert>
      {unranked > 0 && (
        <Text size="sm" c="orange.8" role="status" data-testid="preview-unranked">
          {t("evaluation.preview.unranked", { count: unranked, n: formatNumber(unranked) })}
        </Text>
      )}
      {rows.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{t("evaluation.participants.emptyAdmin")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table
            verticalSpacing="xs"
            striped
            style={{ whiteSpace: "nowrap" }}
            aria-label={t("evaluation.preview.caption")}
            data-testid="preview-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t("evaluation.table.colRank")}</Table.Th>
                <Table.Th>{t("evaluation.table.colRegion")}</Table.Th>
                <Table.Th>{t("evaluation.table.colProvince")}</Table.Th>
                <Table.Th ta="right">{t("evaluation.table.colProvincialRank")}</Table.Th>
                <Table.Th ta="right">{t("evaluation.table.colIndex")}</Table.Th>
                {round.scheme.resultDimensions.map((d) => (
                  <Table.Th key={d.code} ta="right">
                    {labels.pick(d.nameId, d.nameEn)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t("evaluation.table.colImprovement")}</Table.Th>
                <Table.Th ta="right">{t("evaluation.table.colAssessors")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const e = byCode.get(r.regionCode);
                return (
                  <Table.Tr key={r.evaluationId} data-testid="preview-row" data-code={r.regionCode}>
                    <Table.Td ta="right" fw={600}>
                      {fmt.rank(r.nationalRank)}
                    </Table.Td>
                    <Table.Td fw={500}>{e?.regionName ?? r.regionCode}</Table.Td>
                    <Table.Td>{e?.provinceName ?? r.provinceCode}</Table.Td>
                    <Table.Td ta="right">{fmt.rank(r.provincialRank)}</Table.Td>
                    <Table.Td ta="right" fw={600} data-testid="preview-index">
                      {fmt.score(r.index)}
                    </Table.Td>
                    {round.scheme.resultDimensions.map((d) => (
                      <Table.Td key={d.code} ta="right">
                        {fmt.score(r.results[d.code])}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{fmt.improvement(r.improvement, r.improvementPercent)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.assessors)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
