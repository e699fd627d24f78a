import {
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DatasetMeta } from "../../api/open-data";
import { formatFileSize, useFormatDate, useFormatNumber } from "../../i18n/format";
import { Fact } from "../Fact";
import { AnchorLink } from "../RouterLinks";
import { useOpenDataLabels } from "./labels";

// The sections of a dataset page (/data/{id}): downloads, metadata, dictionary, preview, API example.

export function Downloads({ dataset: d }: { dataset: DatasetMeta }) {
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
export function About({ dataset: d, rows }: { dataset: DatasetMeta; rows: number | null }) {
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

export function Dictionary({ dataset: d }: { dataset: DatasetMeta }) {
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

export function Preview({
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
export function ApiExample({ dataset: d }: { dataset: DatasetMeta }) {
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
