import { Badge, Checkbox, Table, Text, Textarea, VisuallyHidden } from "@mantine/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { LENSES, type Lens } from "../../../../domain/assessment";
import type { RankedOut } from "../../../../domain/cohort-api";
import { useFormatDecimal, useFormatNumber } from "../../i18n/format";
import { AnchorLink } from "../RouterLinks";

// A spread above this many points between assessors deserves a second look.
const HIGH_SPREAD = 20;

type RankingTableProps = {
  rows: RankedOut[];
  /** Absent: read-only (assessors, or after publication). */
  choice?: {
    selected: Set<number>;
    reasons: Record<number, string>;
    errors: Record<number, string>;
    onToggle: (id: number, on: boolean) => void;
    onReason: (id: number, text: string) => void;
  };
  /** After publication: the stored reasons to show under each row. */
  storedReasons?: Record<number, string | null>;
};

/** The readiness ranking: score with two decimals, spread, assessors, per lens, and the tie-break used. */
export function RankingTable({ rows, choice, storedReasons }: RankingTableProps) {
  const { t } = useTranslation();
  const formatDecimal = useFormatDecimal();
  const formatNumber = useFormatNumber();
  const lenses = LENSES.filter((lens) => rows.some((r) => r.byLens[lens] !== undefined));
  const columns = 5 + lenses.length + (choice ? 1 : 0);
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? t("common.notAvailable") : formatDecimal(value);

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label={t("selection.tableCaption")} data-testid="ranking-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t("selection.colRank")}</Table.Th>
            <Table.Th>{t("selection.colRegion")}</Table.Th>
            <Table.Th ta="right">{t("selection.colMean")}</Table.Th>
            <Table.Th ta="right">{t("selection.colSpread")}</Table.Th>
            <Table.Th ta="right">{t("selection.colAssessors")}</Table.Th>
            {lenses.map((lens) => (
              <Table.Th key={lens} ta="right">
                {t(`lens.${lens}`)}
              </Table.Th>
            ))}
            {choice && <Table.Th w={70}>{t("selection.colSelect")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const picked = choice?.selected.has(r.candidateId) ?? false;
            const deviates = choice !== undefined && picked !== r.withinQuota;
            const stored = storedReasons?.[r.candidateId];
            return (
              <Fragment key={r.candidateId}>
                <Table.Tr
                  data-testid="ranking-row"
                  data-candidate-id={r.candidateId}
                  bg={r.withinQuota ? "var(--mantine-color-blue-light)" : undefined}
                >
                  <Table.Td>
                    {formatNumber(r.rank)}
                    {r.withinQuota && <VisuallyHidden component="span"> ({t("selection.withinQuota")})</VisuallyHidden>}
                  </Table.Td>
                  <Table.Td>
                    <AnchorLink to="/kandidat/$id" params={{ id: String(r.candidateId) }} fw={500}>
                      {r.regionName}
                    </AnchorLink>
                    {r.tieBrokenBy && (
                      <Text size="xs" c="dimmed" data-testid="tie-note">
                        {t(`tieBreak.${r.tieBrokenBy}`)}
                      </Text>
                    )}
                    {!choice && (r.status === "selected" || r.status === "not_selected") && (
                      <Badge
                        ml="xs"
                        size="sm"
                        variant="light"
                        radius="sm"
                        tt="none"
                        color={r.status === "selected" ? "green" : "gray"}
                      >
                        {r.status === "selected" ? t("selection.selectedBadge") : t("selection.notSelectedBadge")}
                      </Badge>
                    )}
                    {stored && (
                      <Text size="xs" c="dimmed">
                        {t("candidates.selectedBecause", { reason: stored })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} data-testid="ranking-mean">
                    {r.mean === null ? (
                      <Text span size="sm" c="dimmed">
                        {t("selection.noScore")}
                      </Text>
                    ) : (
                      formatDecimal(r.mean)
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text
                      span
                      size="sm"
                      c={r.spread !== null && r.spread > HIGH_SPREAD ? "orange.8" : undefined}
                      title={r.spread !== null && r.spread > HIGH_SPREAD ? t("selection.spreadHigh") : undefined}
                    >
                      {score(r.spread)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(r.assessors)}</Table.Td>
                  {lenses.map((lens: Lens) => (
                    <Table.Td key={lens} ta="right">
                      {score(r.byLens[lens])}
                    </Table.Td>
                  ))}
                  {choice && (
                    <Table.Td>
                      <Checkbox
                        checked={picked}
                        onChange={(event) => choice.onToggle(r.candidateId, event.currentTarget.checked)}
                        aria-label={t("selection.selectFor", { region: r.regionName })}
                        data-testid={`select-${r.candidateId}`}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
                {choice && (deviates || choice.errors[r.candidateId]) && (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <Textarea
                        label={t("selection.reasonLabel", { region: r.regionName })}
                        description={picked ? t("selection.reasonSelectedOutside") : t("selection.reasonSkippedInside")}
                        value={choice.reasons[r.candidateId] ?? ""}
                        onChange={(event) => choice.onReason(r.candidateId, event.currentTarget.value)}
                        error={choice.errors[r.candidateId]}
                        autosize
                        minRows={2}
                        data-testid={`reason-${r.candidateId}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
