import { Badge, Button, Group, Paper, Progress, Skeleton, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type EvaluationOut, participantsQuery, type RoundDetail } from "../../api/evaluations";
import { useFormatNumber } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import { PageRange, Pager } from "../Pager";
import { ButtonLink } from "../RouterLinks";
import { ParticipantsModal } from "./ParticipantsModal";

const route = getRouteApi("/evaluasi/$id");
const PAGE_SIZE = 50;

type Props = { round: RoundDetail; meId: string };

/** Peserta: each region with its self-assessment and scoring progress, and the way into its evaluation. */
export function ParticipantsTab({ round, meId }: Props) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const list = useQuery({
    ...participantsQuery(round.id, { page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState(false);
  // An assigned assessor sees how far their own sheet is for each region on the page.
  const ownSheets = !round.can.manage && round.assessors.some((a) => a.userId === meId);

  if (list.isPending) return <Skeleton height={200} />;
  if (list.isError) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data.data;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <PageRange
          text={(v) => t("evaluation.participants.showing", v)}
          page={page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
        />
        {round.can.manage && round.status === "draft" && (
          <Button variant="default" onClick={() => setEditing(true)} data-testid="participants-edit">
            {t("evaluation.participants.edit")}
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">
            {round.can.manage ? t("evaluation.participants.emptyAdmin") : t("evaluation.participants.empty")}
          </Text>
        </Paper>
      ) : (
        <ParticipantRows round={round} rows={rows} ownSheets={ownSheets} />
      )}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={list.data.total}
        onChange={(p) => void navigate({ search: (prev) => ({ ...prev, page: p === 1 ? undefined : p }) })}
      />
      {round.can.manage && <ParticipantsModal round={round} opened={editing} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

type RowsProps = { round: RoundDetail; rows: EvaluationOut[]; ownSheets: boolean };

function ParticipantRows({ round, rows, ownSheets }: RowsProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped aria-label={t("evaluation.participants.caption")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("evaluation.participants.colRegion")}</Table.Th>
            <Table.Th>{t("evaluation.participants.colProvince")}</Table.Th>
            <Table.Th w={170}>{t("evaluation.participants.colSelf")}</Table.Th>
            <Table.Th w={90} ta="right">
              {t("evaluation.participants.colEvidence")}
            </Table.Th>
            <Table.Th w={120} ta="right">
              {t("evaluation.participants.colAssessors")}
            </Table.Th>
            {ownSheets && <Table.Th w={150}>{t("evaluation.participants.colOwn")}</Table.Th>}
            <Table.Th w={110} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const p = r.progress;
            const mine = p.scoredByMe;
            const act = r.can.selfAssess || r.can.score;
            return (
              <Table.Tr key={r.id} data-testid="participant-row" data-code={r.regionCode}>
                <Table.Td fw={500}>{r.regionName}</Table.Td>
                <Table.Td>{r.provinceName}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t("evaluation.participants.of", {
                      done: formatNumber(p.selfAssessed),
                      total: formatNumber(p.items),
                    })}
                  </Text>
                  <Progress value={p.items ? (p.selfAssessed / p.items) * 100 : 0} size="sm" aria-hidden="true" />
                </Table.Td>
                <Table.Td ta="right">{formatNumber(p.evidence)}</Table.Td>
                <Table.Td ta="right">
                  {t("evaluation.participants.of", {
                    done: formatNumber(p.assessorsComplete),
                    total: formatNumber(round.counts.assessors),
                  })}
                </Table.Td>
                {ownSheets && (
                  <Table.Td data-testid="participant-own">
                    {mine >= p.items ? (
                      <Badge color="green" variant="light" radius="sm" tt="none">
                        {t("evaluation.participants.ownDone")}
                      </Badge>
                    ) : (
                      <Text size="sm" c={mine ? undefined : "dimmed"}>
                        {t("evaluation.participants.of", { done: formatNumber(mine), total: formatNumber(p.items) })}
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  {r.can.read && (
                    <ButtonLink
                      to="/evaluasi/wilayah/$id"
                      params={{ id: String(r.id) }}
                      size="compact-sm"
                      variant={act ? "filled" : "light"}
                      data-testid={`participant-open-${r.regionCode}`}
                    >
                      {r.can.score
                        ? t("evaluation.participants.score")
                        : r.can.selfAssess
                          ? t("evaluation.participants.fill")
                          : t("evaluation.participants.open")}
                    </ButtonLink>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
