import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Collapse,
  Grid,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedCallback, useMediaQuery } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type DatasetMeta, datasetSearchQuery } from "../api/open-data";
import { ErrorState } from "../components/ErrorState";
import { FacetList } from "../components/open-data/FacetList";
import { useOpenDataLabels } from "../components/open-data/labels";
import { type DataSearch, FACET_PARAMS, filterOf, PAGE_SIZE } from "../components/open-data/search";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { AnchorLink } from "../components/RouterLinks";
import { useOpenGraph } from "../components/region/use-open-graph";
import { usePageTitle } from "../components/use-page-title";
import { useFormatDate, useFormatNumber } from "../i18n/format";

const route = getRouteApi("/data");

/** /data: the published datasets, searched and filtered by facets kept in the URL (Back undoes a change). */
export function OpenDataPage() {
  const { t } = useTranslation();
  usePageTitle(t("openData.search.title"));
  useOpenGraph(t("openData.search.title"), t("openData.search.lead"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const phone = useMediaQuery("(max-width: 62em)");
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [q, setQ] = useState(search.q ?? "");
  // Back and forward change the URL under the box: follow it.
  const [seenQ, setSeenQ] = useState(search.q);
  if (search.q !== seenQ) {
    setSeenQ(search.q);
    setQ(search.q ?? "");
  }

  const set = (patch: Partial<DataSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, halaman: undefined, ...patch }), resetScroll: false });
  const setQuery = useDebouncedCallback((value: string) => set({ q: value.trim() || undefined }), 300);
  const page = search.halaman ?? 1;
  const result = useQuery(datasetSearchQuery(filterOf(search)));
  const active = FACET_PARAMS.filter(([, param]) => search[param] !== undefined).length;
  const total = result.data?.meta.total ?? 0;

  const facets = (
    <Stack gap="lg" data-testid="data-facets">
      {FACET_PARAMS.map(([facet, param]) => (
        <FacetList
          key={facet}
          facet={facet}
          title={t(`openData.search.facets.${facet}`)}
          values={result.data?.facets[facet] ?? []}
          selected={search[param]}
          onChange={(value) => set({ [param]: value })}
        />
      ))}
      {active > 0 && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => set(Object.fromEntries(FACET_PARAMS.map(([, p]) => [p, undefined])))}
          data-testid="data-reset-filters"
        >
          {t("openData.search.resetFilters")}
        </Button>
      )}
    </Stack>
  );

  return (
    <>
      <PageHeader title={t("openData.search.title")} description={t("openData.search.lead")} testId="data-title" />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t("openData.search.searchLabel")}
            placeholder={t("openData.search.searchPlaceholder")}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setQuery(e.currentTarget.value);
            }}
            rightSection={
              q ? (
                <CloseButton
                  aria-label={t("openData.search.clearSearch")}
                  onClick={() => {
                    setQ("");
                    set({ q: undefined });
                  }}
                />
              ) : null
            }
            style={{ flex: 1, minWidth: 220 }}
            data-testid="data-search"
          />
          <Select
            label={t("openData.search.sortLabel")}
            data={[
              { value: "modified", label: t("openData.search.sortModified") },
              { value: "judul", label: t("openData.search.sortTitle") },
            ]}
            value={search.urutan ?? "modified"}
            onChange={(v) => set({ urutan: v === "judul" ? "judul" : undefined })}
            allowDeselect={false}
            w={{ base: "100%", xs: 200 }}
          />
        </Group>

        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            {phone ? (
              <Stack gap="xs">
                <Button
                  variant="default"
                  onClick={() => setFiltersOpen(!filtersOpen)}
                  aria-expanded={filtersOpen}
                  aria-controls="data-facets-panel"
                  data-testid="data-toggle-filters"
                >
                  {filtersOpen ? t("openData.search.hideFilters") : t("openData.search.showFilters")}
                  {active > 0 && (
                    <Badge ml="xs" size="sm" circle>
                      {active}
                    </Badge>
                  )}
                </Button>
                <Collapse in={filtersOpen} id="data-facets-panel">
                  <Paper withBorder p="md" radius="md">
                    {facets}
                  </Paper>
                </Collapse>
              </Stack>
            ) : (
              <Paper
                withBorder
                p="md"
                radius="md"
                component="aside"
                aria-label={t("openData.search.filters")}
                pos="sticky"
                top={16}
              >
                {facets}
              </Paper>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            {result.isError ? (
              <ErrorState error={result.error} onRetry={() => void result.refetch()} />
            ) : result.isPending ? (
              <Stack gap="sm" aria-busy="true">
                <Skeleton height={110} />
                <Skeleton height={110} />
                <Skeleton height={110} />
              </Stack>
            ) : total === 0 ? (
              <Paper withBorder p="xl" radius="md" ta="center" data-testid="data-empty">
                <Title order={2} size="h4" mb="xs">
                  {active > 0 || search.q ? t("openData.search.empty") : t("openData.search.emptyCatalogue")}
                </Title>
                <Text c="dimmed">
                  {active > 0 || search.q ? t("openData.search.emptyHint") : t("openData.search.emptyCatalogueHint")}
                </Text>
                {(active > 0 || search.q) && (
                  <Button
                    mt="md"
                    variant="light"
                    onClick={() => {
                      setQ("");
                      void navigate({ search: {} });
                    }}
                  >
                    {t("openData.search.resetFilters")}
                  </Button>
                )}
              </Paper>
            ) : (
              <Stack gap="sm" style={{ opacity: result.isPlaceholderData ? 0.6 : 1 }}>
                <PageRange
                  text={(v) => t("openData.search.showing", v)}
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={total}
                />
                <Stack
                  gap="sm"
                  component="ul"
                  aria-label={t("openData.search.resultsLabel")}
                  style={{ listStyle: "none", padding: 0, margin: 0 }}
                  data-testid="data-results"
                >
                  {result.data.data.map((d) => (
                    <DatasetCard key={d.id} dataset={d} />
                  ))}
                </Stack>
                <Pager page={page} pageSize={PAGE_SIZE} total={total} onChange={(n) => set({ halaman: n })} />
              </Stack>
            )}
            <MachineLinks />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}

/** One search result: title in the UI language, publisher, excerpt, formats, modified date, rows. */
function DatasetCard({ dataset: d }: { dataset: DatasetMeta }) {
  const { t } = useTranslation();
  const labels = useOpenDataLabels();
  const { date } = useFormatDate();
  const formatNumber = useFormatNumber();
  const description = labels.pick(d.description);
  return (
    <Paper withBorder p="md" radius="md" component="li" data-testid="data-result">
      <Stack gap={6}>
        <AnchorLink to="/data/$id" params={{ id: d.name }} fw={600} size="lg" style={{ wordBreak: "break-word" }}>
          {labels.pick(d.title)}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {d.publisher.name}
        </Text>
        <Text size="sm" lineClamp={2}>
          {description}
        </Text>
        <Group gap="xs" wrap="wrap">
          {d.distributions.map((dist) => (
            <Badge key={dist.id} variant="light" radius="sm" size="sm">
              {dist.format}
            </Badge>
          ))}
          <Text size="xs" c="dimmed">
            {t("openData.search.modified", { date: date(d.modified) })}
          </Text>
          {d.rowCount !== null && (
            <Text size="xs" c="dimmed">
              · {t("openData.search.rows", { count: d.rowCount, formatted: formatNumber(d.rowCount) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Where programs read the same catalogue: CKAN's package_search and the DCAT-AP files. */
function MachineLinks() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" mt="lg" data-testid="data-machine-links">
      {t("openData.search.machineTitle")}: {t("openData.search.machineLead")}{" "}
      <Anchor href="/api/3/action/package_search" size="sm" target="_blank" rel="noopener">
        package_search
      </Anchor>
      {" · "}
      <Anchor href="/catalog.jsonld" size="sm" target="_blank" rel="noopener">
        catalog.jsonld
      </Anchor>
      {" · "}
      <Anchor href="/catalog.ttl" size="sm" target="_blank" rel="noopener">
        catalog.ttl
      </Anchor>
    </Text>
  );
}
