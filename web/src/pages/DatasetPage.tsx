import { Breadcrumbs, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { type DatasetMeta, datasetPreviewQuery, datasetQuery } from "../api/open-data";
import { DeferCharts } from "../components/chart-loading";
import { ErrorState } from "../components/ErrorState";
import { chartPlan } from "../components/open-data/chart-data";
import { DatasetChart } from "../components/open-data/DatasetChart";
import { About, ApiExample, Dictionary, Downloads, Preview } from "../components/open-data/DatasetSections";
import { useOpenDataLabels } from "../components/open-data/labels";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { useOpenGraph } from "../components/region/use-open-graph";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/data/$id");
const PREVIEW_ROWS = 50;
/** The chart reads at most this many rows: the preview endpoint's limit (PREVIEW_MAX on the server). */
const CHART_ROWS = 200;

/** /data/{id or name}: one published dataset — metadata, downloads, data dictionary, preview, chart, API. */
export function DatasetPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const dataset = useQuery(datasetQuery(id));
  const labels = useOpenDataLabels();
  const d = dataset.data;
  usePageTitle(d ? labels.pick(d.title) : t("openData.search.title"));
  useOpenGraph(
    d && t("openData.dataset.metaTitle", { title: labels.pick(d.title), publisher: d.publisher.name }),
    d &&
      t("openData.dataset.metaDescription", { description: labels.pick(d.description), publisher: d.publisher.name }),
  );

  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("openData.dataset.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/data" size="sm">
        {t("openData.search.title")}
      </AnchorLink>
      <Text size="sm" aria-current="page" style={{ wordBreak: "break-word" }}>
        {d ? labels.pick(d.title) : id}
      </Text>
    </Breadcrumbs>
  );

  if (dataset.isPending)
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="60%" mb="md" />
        <Skeleton height={160} />
      </>
    );
  if (dataset.isError) {
    const missing =
      dataset.error instanceof ApiError && (dataset.error.status === 404 || dataset.error.code === "validation_failed");
    return (
      <>
        {crumbs}
        {missing ? (
          <Paper withBorder p="xl" radius="md" data-testid="dataset-not-found">
            <Title order={1} size="h2" mb="xs">
              {t("openData.dataset.notFoundTitle")}
            </Title>
            <Text mb="md">{t("openData.dataset.notFound")}</Text>
            <ButtonLink to="/data" variant="light">
              {t("openData.dataset.backToList")}
            </ButtonLink>
          </Paper>
        ) : (
          <ErrorState error={dataset.error} onRetry={() => void dataset.refetch()} />
        )}
      </>
    );
  }
  return (
    <>
      {crumbs}
      <DatasetView dataset={dataset.data} />
    </>
  );
}

function DatasetView({ dataset: d }: { dataset: DatasetMeta }) {
  const { t } = useTranslation();
  const labels = useOpenDataLabels();
  const plan = chartPlan(d.kind, d.columns);
  const preview = useQuery(datasetPreviewQuery(d.id, PREVIEW_ROWS));
  const total = preview.data?.total ?? d.rowCount ?? 0;
  // The chart wants every year: when the preview cuts the dataset short, ask for more rows.
  const needMore = plan !== null && total > PREVIEW_ROWS;
  const chartRows = useQuery({ ...datasetPreviewQuery(d.id, CHART_ROWS), enabled: needMore });
  const rowsForChart = needMore && chartRows.data ? chartRows.data.rows : preview.data?.rows;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} size="h2" data-testid="dataset-title" style={{ wordBreak: "break-word" }}>
          {labels.pick(d.title)}
        </Title>
        <Text c="dimmed">{d.publisher.name}</Text>
        <Text>{labels.pick(d.description)}</Text>
      </Stack>
      <Downloads dataset={d} />
      <About dataset={d} rows={d.rowCount ?? preview.data?.total ?? null} />
      <Dictionary dataset={d} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ds-preview">
        <Title order={2} size="h3" id="ds-preview" mb="sm">
          {t("openData.dataset.previewTitle")}
        </Title>
        {preview.isPending ? (
          <Skeleton height={200} />
        ) : preview.isError ? (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <Preview dataset={d} rows={preview.data.rows} total={preview.data.total} />
        )}
      </Paper>
      {plan && rowsForChart && rowsForChart.length > 0 && (
        <DeferCharts>
          <DatasetChart dataset={d} plan={plan} rows={rowsForChart} total={total} />
        </DeferCharts>
      )}
      <ApiExample dataset={d} />
    </Stack>
  );
}
