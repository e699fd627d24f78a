import { Button, Group, Paper, Select, Skeleton, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { RESULT_DIMENSIONS } from "../../../domain/evaluation/schemes";
import { cohortsQuery } from "../api/cohorts";
import { type ResultFilters, resultsQuery, resultsXlsxUrl, roundsQuery, schemesQuery } from "../api/evaluations";
import { provincesQuery } from "../api/regions";
import { QueryErrorState } from "../components/AccessStates";
import { useScoreFormat } from "../components/evaluation/format";
import { useEvaluationLabels } from "../components/evaluation/labels";
import { SortHeader } from "../components/evaluation/SortHeader";
import type { ResultsSearch } from "../components/evaluation/search";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { regionOptionLabel } from "../components/RegionSelect";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/evaluasi/hasil");
const PAGE_SIZE = 50;

/** Hasil Evaluasi: the published results of every region, ranked, filtered in the URL, exported as XLSX. */
export function EvaluationResultsPage() {
  return <RequireSession>{() => <ResultsView />}</RequireSession>;
}

function ResultsView() {
  const { t } = useTranslation();
  usePageTitle(t("evaluation.table.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const rounds = useQuery(roundsQuery());
  const published = (rounds.data?.data ?? []).filter((r) => r.status === "published");
  const years = [...new Set(published.map((r) => r.year))].sort((a, b) => b - a);
  const latest = published[0];

  // The table is about one year; without one in the address it opens on the latest published round.
  useEffect(() => {
    if (search.year === undefined && latest)
      void navigate({ search: (prev) => ({ ...prev, year: latest.year, tahap: latest.tahap }), replace: true });
  }, [search.year, latest, navigate]);

  const set = (patch: Partial<ResultsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  return (
    <>
      <PageHeader
        title={t("evaluation.table.title")}
        description={t("evaluation.table.intro")}
        testId="results-title"
      />
      {rounds.isPending ? (
        <Skeleton height={240} />
      ) : rounds.isError ? (
        <QueryErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : published.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{t("evaluation.table.nothingPublished")}</Text>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Filters search={search} years={years} onChange={set} />
          {search.year !== undefined && <ResultsTable search={search} onChange={set} />}
        </Stack>
      )}
    </>
  );
}

type FiltersProps = { search: ResultsSearch; years: number[]; onChange: (patch: Partial<ResultsSearch>) => void };

function Filters({ search, years, onChange }: FiltersProps) {
  const { t } = useTranslation();
  const provinces = useQuery(provincesQuery());
  const cohorts = useQuery(cohortsQuery());
  const filters = toFilters(search);
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t("evaluation.table.year")}
          data={years.map((y) => String(y))}
          value={search.year ? String(search.year) : null}
          onChange={(v) => v && onChange({ year: Number(v), tahap: undefined })}
          allowDeselect={false}
          w={110}
          data-testid="results-year"
        />
        <Select
          label={t("evaluation.table.tahap")}
          placeholder={t("evaluation.table.tahapAll")}
          data={[
            { value: "I", label: t("evaluation.tahapN", { tahap: "I" }) },
            { value: "II", label: t("evaluation.tahapN", { tahap: "II" }) },
          ]}
          value={search.tahap ?? null}
          onChange={(v) => onChange({ tahap: (v as ResultsSearch["tahap"]) ?? undefined })}
          clearable
          w={140}
          data-testid="results-tahap"
        />
        <Select
          label={t("evaluation.table.province")}
          placeholder={t("evaluation.table.provinceAll")}
          data={(provinces.data ?? []).map((p) => ({ value: p.code, label: regionOptionLabel(p) }))}
          value={search.province ?? null}
          onChange={(v) => onChange({ province: v ?? undefined })}
          searchable
          clearable
          w={{ base: "100%", xs: 260 }}
          data-testid="results-province"
        />
        <Select
          label={t("evaluation.table.cohort")}
          placeholder={t("evaluation.table.cohortAll")}
          data={(cohorts.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={search.cohort ? String(search.cohort) : null}
          onChange={(v) => onChange({ cohort: v ? Number(v) : undefined })}
          searchable
          clearable
          w={{ base: "100%", xs: 260 }}
          data-testid="results-cohort"
        />
      </Group>
      <Button component="a" href={resultsXlsxUrl(filters)} download variant="default" data-testid="results-xlsx">
        {t("evaluation.table.download")}
      </Button>
    </Group>
  );
}

function toFilters(search: ResultsSearch): ResultFilters {
  return {
    year: search.year,
    tahap: search.tahap,
    province: search.province,
    cohortId: search.cohort,
    sort: search.sort ?? "rank",
    page: search.page,
    pageSize: PAGE_SIZE,
  };
}

function ResultsTable({ search, onChange }: { search: ResultsSearch; onChange: (p: Partial<ResultsSearch>) => void }) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const fmt = useScoreFormat();
  const schemes = useQuery(schemesQuery());
  const results = useQuery({ ...resultsQuery(toFilters(search)), placeholderData: keepPreviousData });
  const sort = search.sort ?? "rank";
  const page = search.page ?? 1;
  const dimName = (code: string) => {
    const d = schemes.data?.at(-1)?.resultDimensions.find((r) => r.code === code);
    return d ? labels.pick(d.nameId, d.nameEn) : code;
  };
  const onSort = (s: typeof sort) => onChange({ sort: s === "rank" ? undefined : s });

  if (results.isPending) return <Skeleton height={240} />;
  if (results.isError) return <QueryErrorState error={results.error} onRetry={() => void results.refetch()} />;
  const rows = results.data.data;

  return (
    <Stack gap="sm">
      <PageRange
        text={(v) => t("evaluation.table.showing", v)}
        page={page}
        pageSize={PAGE_SIZE}
        total={results.data.total}
      />
      {rows.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text role="status">{t("evaluation.table.empty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={1100}>
          <Table
            verticalSpacing="xs"
            striped
            highlightOnHover
            style={{ whiteSpace: "nowrap" }}
            aria-label={t("evaluation.table.caption")}
            data-testid="results-table"
          >
            <Table.Thead>
              <Table.Tr>
                <SortHeader
                  label={t("evaluation.table.colRank")}
                  sorts={["rank", "-rank"]}
                  current={sort}
                  onSort={onSort}
                  align="right"
                />
                <SortHeader
                  label={t("evaluation.table.colRegion")}
                  sorts={["region", "region"]}
                  current={sort}
                  onSort={onSort}
                />
                <Table.Th>{t("evaluation.table.colProvince")}</Table.Th>
                <Table.Th ta="right">{t("evaluation.table.colProvincialRank")}</Table.Th>
                <SortHeader
                  label={t("evaluation.table.colIndex")}
                  sorts={["-index", "index"]}
                  current={sort}
                  onSort={onSort}
                  align="right"
                />
                {RESULT_DIMENSIONS.map((code) => (
                  <Table.Th key={code} ta="right">
                    {dimName(code)}
                  </Table.Th>
                ))}
                <SortHeader
                  label={t("evaluation.table.colImprovement")}
                  sorts={["-improvement", "improvement"]}
                  current={sort}
                  onSort={onSort}
                  align="right"
                />
                {!search.tahap && <Table.Th>{t("evaluation.table.colTahap")}</Table.Th>}
                <Table.Th>{t("evaluation.table.colCohort")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.evaluationId} data-testid="result-row" data-code={r.regionCode}>
                  <Table.Td ta="right" fw={700} data-testid="result-rank">
                    {fmt.rank(r.nationalRank)}
                  </Table.Td>
                  <Table.Td>
                    <AnchorLink to="/wilayah/$code" params={{ code: r.regionCode }} fw={500} size="sm">
                      {r.regionName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{r.provinceName}</Table.Td>
                  <Table.Td ta="right">{fmt.rank(r.provincialRank)}</Table.Td>
                  <Table.Td ta="right" fw={700} data-testid="result-row-index">
                    {fmt.score(r.index)}
                  </Table.Td>
                  {RESULT_DIMENSIONS.map((code) => (
                    <Table.Td key={code} ta="right">
                      {fmt.score(r.results[code])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{fmt.improvement(r.improvement, r.improvementPercent)}</Table.Td>
                  {!search.tahap && <Table.Td>{t("evaluation.tahapN", { tahap: r.tahap })}</Table.Td>}
                  <Table.Td>{r.cohortName ?? t("common.notAvailable")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={results.data.total}
        onChange={(p) => onChange({ page: p === 1 ? undefined : p })}
      />
    </Stack>
  );
}
