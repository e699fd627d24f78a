import { Alert, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../domain/rupiah";
import { dimensionDrillQuery } from "../../api/evaluations";
import { formatDecimal, useFormatDate, useFormatNumber } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { useScoreFormat } from "./format";
import { useEvaluationLabels } from "./labels";
import { LightBadge } from "./StatusBadge";

/** The programs and indicators behind one smart-city dimension: live monitoring data of the round's year. */
export function DimensionDrill({ evaluationId, code }: { evaluationId: number; code: string }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const fmt = useScoreFormat();
  const formatNumber = useFormatNumber();
  const { dateTime } = useFormatDate();
  const drill = useQuery(dimensionDrillQuery(evaluationId, code));
  if (drill.isPending) return <Skeleton height={120} />;
  if (drill.isError) return <QueryErrorState error={drill.error} onRetry={() => void drill.refetch()} />;
  const d = drill.data;
  const value = (v: number | null) =>
    v === null ? t("common.notAvailable") : formatDecimal(v, labels.lang, Number.isInteger(v) ? 0 : 2);
  const budget = (v: number | null) => (v === null ? t("common.notAvailable") : formatRupiah(v, labels.lang));

  if (!d.masterplan) {
    return (
      <Alert color="gray" variant="light" data-testid="drill-no-plan">
        {t("evaluation.result.noPlan")}
      </Alert>
    );
  }
  return (
    <Stack gap="xs" data-testid={`drill-${code}`}>
      <Text size="xs" c="dimmed">
        {t("evaluation.result.drillSource", { plan: d.masterplan.title, year: d.year, when: dateTime(d.asOf) })}
      </Text>
      <Text size="sm" fw={500}>
        {t("evaluation.result.drillAchievement", { value: fmt.percent(d.achievement) })}
      </Text>
      {d.programs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("evaluation.result.noPrograms")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table
            verticalSpacing={4}
            fz="sm"
            aria-label={t("evaluation.result.drillCaption", {
              dimension: labels.pick(d.dimension.nameId, d.dimension.nameEn),
            })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("evaluation.result.colProgram")}</Table.Th>
                <Table.Th>{t("evaluation.result.colStatus")}</Table.Th>
                <Table.Th ta="right">{t("evaluation.result.colTarget")}</Table.Th>
                <Table.Th ta="right">{t("evaluation.result.colRealisation")}</Table.Th>
                <Table.Th ta="right">{t("evaluation.result.colAchievement")}</Table.Th>
                <Table.Th>{t("evaluation.result.colLight")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.programs.map((p) => (
                <Fragment key={p.id}>
                  <Table.Tr data-testid="drill-program" bg="var(--mantine-color-gray-0)">
                    <Table.Td fw={600}>
                      {p.code} · {p.name}
                    </Table.Td>
                    <Table.Td>
                      {p.progress ? (
                        <>
                          {labels.progressStatus(p.progress.status)}
                          {p.progress.physicalProgress !== null &&
                            ` · ${t("evaluation.result.physical", { value: formatNumber(p.progress.physicalProgress) })}`}
                          {p.progress.budgetAllocated !== null && (
                            <Text size="xs" c="dimmed">
                              {t("evaluation.result.budget", {
                                realised: budget(p.progress.budgetRealised),
                                allocated: budget(p.progress.budgetAllocated),
                              })}
                            </Text>
                          )}
                        </>
                      ) : (
                        t("evaluation.result.noProgress")
                      )}
                    </Table.Td>
                    <Table.Td />
                    <Table.Td />
                    <Table.Td ta="right">{fmt.percent(p.achievement)}</Table.Td>
                    <Table.Td />
                  </Table.Tr>
                  {p.indicators.map((i) => (
                    <Table.Tr key={i.id} data-testid="drill-indicator">
                      <Table.Td pl="lg">
                        {i.code} · {i.name}{" "}
                        <Text span size="xs" c="dimmed">
                          ({i.unit}; {labels.direction(i.direction)})
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {i.semester
                          ? t("evaluation.result.semester", { n: i.semester })
                          : t("evaluation.result.yearly")}
                      </Table.Td>
                      <Table.Td ta="right">{value(i.target)}</Table.Td>
                      <Table.Td ta="right">{value(i.realisation)}</Table.Td>
                      <Table.Td ta="right">{fmt.percent(i.achievement)}</Table.Td>
                      <Table.Td>
                        <LightBadge light={i.light} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
