import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { type DatasetMeta, datasetPreviewQuery, datasetQuery } from "../api/open-data";
import { DeferCharts } from "../components/chart-loading";
import { ErrorState } from "../components/ErrorState";
import { Fact } from "../components/Fact";
import { chartPlan } from "../components/open-data/chart-data";
import { DatasetChart } from "../components/open-data/DatasetChart";
import { useOpenDataLabels } from "../components/open-data/labels";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { useOpenGraph } from "../components/region/use-open-graph";
import { usePageTitle } from "../components/use-page-title";
import { formatFileSize, useFormatDate, useFormatNumber } from "../i18n/format";

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

function Downloads({ dataset: d }: { dataset: DatasetMeta }) {
  const { t } = useTranslation();
  const lang = useOpenDataLabels().lang;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ds-downloads">
      <Title order={2} size="h3" id="ds-downloads" mb="sm">
        {t("openData.dataset.downloadsTitle")}
      </Title>
      <Group gap="sm" wrap="wrap" data-testid="dataset-downloads">
        {d.distributions.map((dist) => {
          const size = dist.byteSize === null ? null : formatFileSize(dist.byteSize, lang);
          return (
            <Button
              key={dist.id}
              component="a"
              href={sameOrigin(dist.downloadUrl)}
              download
              variant="light"
              rightSection={
                <Text span size="xs" c="dimmed">
                  {size ?? t("openData.dataset.sizeUnknown")}
                </Text>
              }
              aria-label={
                size
                  ? t("openData.dataset.downloadLabel", { format: dist.format, size })
                  : t("openData.dataset.download", { format: dist.format })
              }
              data-testid={`download-${dist.format.toLowerCase()}`}
            >
              {t("openData.dataset.download", { format: dist.format })}
            </Button>
          );
        })}
      </Group>
    </Paper>
  );
}

/** The dataset's metadata; `rows` falls back on the preview's count while the stored statistics catch up. */
function About({ dataset: d, rows }: { dataset: DatasetMeta; rows: number | null }) {
  const { t } = useTranslation();
  const labels = useOpenDataLabels();
  const { date, dateTime } = useFormatDate();
  const formatNumber = useFormatNumber();
  const keywords = labels.lang === "en" && d.keywords.en.length > 0 ? d.keywords.en : d.keywords.id;
  const temporal =
    d.temporal.start || d.temporal.end
      ? t("openData.dataset.temporalRange", {
          start: d.temporal.start ? date(d.temporal.start) : "…",
          end: d.temporal.end ? date(d.temporal.end) : "…",
        })
      : "—";
  const frequency = d.frequency as keyof typeof FREQUENCY_KEYS;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ds-about">
      <Title order={2} size="h3" id="ds-about" mb="sm">
        {t("openData.dataset.aboutTitle")}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" m={0} data-testid="dataset-facts">
        <Fact label={t("openData.dataset.publisher")}>
          {d.publisher.kind === "region" ? (
            <AnchorLink to="/wilayah/$code" params={{ code: d.publisher.code }} inherit>
              {d.publisher.name}
            </AnchorLink>
          ) : (
            d.publisher.name
          )}
        </Fact>
        <Fact label={t("openData.dataset.licence")}>
          <Anchor href={d.license.url} target="_blank" rel="noopener license" inherit>
            {d.license.title}
          </Anchor>
        </Fact>
        <Fact label={t("openData.dataset.contact")}>
          {d.contactPoint.name}
          {d.contactPoint.email && (
            <>
              {" · "}
              <Anchor href={`mailto:${d.contactPoint.email}`} inherit style={{ overflowWrap: "anywhere" }}>
                {d.contactPoint.email}
              </Anchor>
            </>
          )}
        </Fact>
        <Fact label={t("openData.dataset.temporal")}>{temporal}</Fact>
        <Fact label={t("openData.dataset.spatial")}>{d.spatial.name}</Fact>
        <Fact label={t("openData.dataset.frequency")}>
          {FREQUENCY_KEYS[frequency] ? t(FREQUENCY_KEYS[frequency]) : d.frequency}
        </Fact>
        <Fact label={t("openData.dataset.issued")}>{dateTime(d.issued)}</Fact>
        <Fact label={t("openData.dataset.modified")}>{dateTime(d.modified)}</Fact>
        <Fact label={t("openData.dataset.rowCount")}>{rows === null ? "—" : formatNumber(rows)}</Fact>
        <Fact label={t("openData.dataset.themes")}>
          <Group gap={6} wrap="wrap" component="span">
            {d.themes.map((code) => (
              <Badge key={code} variant="light" color="grape" radius="sm" size="sm" tt="none">
                {labels.theme(code)}
              </Badge>
            ))}
          </Group>
        </Fact>
        <Fact label={t("openData.dataset.keywords")}>
          <Group gap={6} wrap="wrap" component="span">
            {keywords.map((k) => (
              <AnchorLink key={k} to="/data" search={{ q: k }} underline="never">
                <Badge variant="outline" radius="sm" size="sm" tt="none" style={{ cursor: "pointer" }}>
                  {k}
                </Badge>
              </AnchorLink>
            ))}
          </Group>
        </Fact>
        {d.dimensions.length > 0 && (
          <Fact label={t("openData.dataset.dimensions")}>{d.dimensions.map(labels.dimension).join(", ")}</Fact>
        )}
        <Fact label={t("openData.dataset.identifier")}>
          <Text span ff="monospace" size="sm" style={{ wordBreak: "break-all" }}>
            {d.name}
          </Text>
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

const FREQUENCY_KEYS = {
  ANNUAL: "openData.frequency.ANNUAL",
  ANNUAL_2: "openData.frequency.ANNUAL_2",
  IRREG: "openData.frequency.IRREG",
  CONT: "openData.frequency.CONT",
} as const;

function Dictionary({ dataset: d }: { dataset: DatasetMeta }) {
  const { t } = useTranslation();
  const labels = useOpenDataLabels();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ds-dictionary">
      <Title order={2} size="h3" id="ds-dictionary" mb="sm">
        {t("openData.dataset.dictionaryTitle")}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-labelledby="ds-dictionary" data-testid="dataset-dictionary">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("openData.dataset.colColumn")}</Table.Th>
              <Table.Th scope="col">{t("openData.dataset.colMeaning")}</Table.Th>
              <Table.Th scope="col">{t("openData.dataset.colUnit")}</Table.Th>
              <Table.Th scope="col">{t("openData.dataset.colType")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.columns.map((c) => (
              <Table.Tr key={c.name}>
                <Table.Th scope="row" fw={500}>
                  <Text span ff="monospace" size="sm">
                    {c.name}
                  </Text>
                </Table.Th>
                <Table.Td>{labels.pick(c)}</Table.Td>
                <Table.Td>{c.unit ?? "—"}</Table.Td>
                <Table.Td>{t(`openData.columnType.${c.type}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

const cell = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : String(value));

function Preview({
  dataset: d,
  rows,
  total,
}: {
  dataset: DatasetMeta;
  rows: Record<string, unknown>[];
  total: number;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  if (rows.length === 0) return <Text c="dimmed">{t("openData.dataset.previewEmpty")}</Text>;
  const columns = d.columns.length > 0 ? d.columns.map((c) => c.name) : Object.keys(rows[0] ?? {});
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" role="status">
        {t("openData.dataset.previewShowing", { shown: formatNumber(rows.length), total: formatNumber(total) })}
        {" · "}
        {t("openData.dataset.scrollHint")}
      </Text>
      <Table.ScrollContainer minWidth={Math.max(600, columns.length * 130)} type="native">
        <Table
          striped
          withTableBorder
          fz="xs"
          aria-labelledby="ds-preview"
          data-testid="dataset-preview"
          style={{ whiteSpace: "nowrap" }}
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c} scope="col" ff="monospace">
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity of their own
              <Table.Tr key={i}>
                {columns.map((c) => (
                  <Table.Td
                    key={c}
                    maw={320}
                    style={{ overflow: "hidden", textOverflow: "ellipsis" }}
                    title={cell(r[c])}
                  >
                    {cell(r[c])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** A copyable example: the CKAN metadata call and the CSV download, with this site's address. */
function ApiExample({ dataset: d }: { dataset: DatasetMeta }) {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const csv = d.distributions.find((x) => x.format === "CSV")?.downloadUrl;
  const example = [
    `curl '${origin}/api/3/action/package_show?id=${encodeURIComponent(d.name)}'`,
    ...(csv ? [`curl -o ${d.name}.csv '${csv}'`] : []),
  ].join("\n");
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ds-api" data-testid="dataset-api">
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} size="h3" id="ds-api">
          {t("openData.dataset.apiTitle")}
        </Title>
        <CopyButton value={example}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? "filled" : "default"}
              color={copied ? "teal" : undefined}
              onClick={copy}
              aria-label={t("openData.dataset.copyLabel")}
              data-testid="dataset-api-copy"
            >
              {copied ? t("openData.dataset.copied") : t("openData.dataset.copy")}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" mb="xs">
        {t("openData.dataset.apiLead")}
      </Text>
      <Code block style={{ whiteSpace: "pre", overflowX: "auto" }}>
        {example}
      </Code>
      <Text size="sm" mt="sm">
        <Anchor href="/catalog.jsonld" target="_blank" rel="noopener" size="sm">
          {t("openData.dataset.catalogue")} (JSON-LD)
        </Anchor>
        {" · "}
        <Anchor href="/catalog.ttl" target="_blank" rel="noopener" size="sm">
          Turtle
        </Anchor>
        {" · "}
        <Anchor href="/api/docs" target="_blank" rel="noopener" size="sm">
          {t("nav.apiDocs")}
        </Anchor>
      </Text>
    </Paper>
  );
}

/**
 * The path of an absolute download address: the page downloads from the server it came from,
 * whatever PUBLIC_URL says (a proxy, another port), while the metadata keeps the absolute address.
 */
function sameOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}
