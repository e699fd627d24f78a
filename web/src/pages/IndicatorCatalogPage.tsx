import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DIRECTIONS } from "../../../domain/achievement";
import { defaultFramework, frameworkListQuery, frameworkQuery } from "../api/frameworks";
import { type IndicatorFilter, indicatorsQuery } from "../api/monitoring";
import { QueryErrorState } from "../components/AccessStates";
import { IndicatorForm } from "../components/monitoring/IndicatorForm";
import { useMonitoringLabels } from "../components/monitoring/labels";
import type { IndicatorSearch } from "../components/monitoring/search";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { RegionSelect } from "../components/RegionSelect";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/indikator");
const PAGE_SIZE = 50;

/** Katalog Indikator: the national catalogue and regions' own indicators, searched and filtered in the URL. */
export function IndicatorCatalogPage() {
  const { t } = useTranslation();
  usePageTitle(t("monitoring.catalog.title"));
  const labels = useMonitoringLabels();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const goTo = useNavigate();
  const frameworks = useQuery(frameworkListQuery());
  const fwId = defaultFramework(frameworks.data ?? [])?.id;
  const framework = useQuery({ ...frameworkQuery(fwId ?? 0), enabled: Boolean(fwId) });
  const [q, setQ] = useState(search.q ?? "");
  const [adding, setAdding] = useState<string | null | undefined>(undefined);
  const set = (patch: Partial<IndicatorSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const setQuery = useDebouncedCallback((value: string) => set({ q: value.trim() || undefined }), 300);
  const filter: IndicatorFilter = {
    q: search.q,
    scope: search.scope ?? "all",
    regionCode: search.region,
    dimensionCode: search.dimension,
    // The dimension is the default framework's: indicators mapped elsewhere join it by their element's tag.
    frameworkId: search.dimension ? fwId : undefined,
    direction: search.direction,
    active: search.inactive ? "all" : "true",
  };
  const page = search.page ?? 1;
  const list = useQuery({ ...indicatorsQuery(filter, page, PAGE_SIZE), placeholderData: keepPreviousData });
  const dimName = (code: string | null) => {
    const d = framework.data?.dimensions.find((x) => x.code === code);
    return d ? labels.pick(d.nameId, d.nameEn) : "—";
  };
  const canRegional = list.data?.can.createRegional ?? [];

  return (
    <>
      <PageHeader
        title={t("monitoring.catalog.title")}
        description={t("monitoring.catalog.intro")}
        testId="catalog-title"
      />
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label={t("monitoring.catalog.search")}
              placeholder={t("monitoring.catalog.searchPlaceholder")}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setQuery(e.currentTarget.value);
              }}
              w={{ base: "100%", sm: 280 }}
              data-testid="catalog-search"
            />
            <SegmentedControl
              aria-label={t("monitoring.catalog.scope")}
              data={[
                { value: "all", label: t("monitoring.catalog.scopeAll") },
                { value: "national", label: t("monitoring.catalog.national") },
                { value: "regional", label: t("monitoring.catalog.regional") },
              ]}
              value={search.scope ?? "all"}
              onChange={(v) => set({ scope: v === "all" ? undefined : (v as IndicatorSearch["scope"]) })}
              data-testid="catalog-scope"
            />
            <RegionSelect
              label={t("monitoring.catalog.region")}
              placeholder={t("monitoring.catalog.regionAll")}
              value={search.region ?? null}
              onChange={(code) => set({ region: code ?? undefined })}
              clearable
              testId="catalog-region"
            />
            <Select
              label={t("monitoring.dashboard.dimension")}
              placeholder={t("monitoring.programs.allDimensions")}
              data={(framework.data?.dimensions ?? []).map((d) => ({
                value: d.code,
                label: labels.pick(d.nameId, d.nameEn),
              }))}
              value={search.dimension ?? null}
              onChange={(v) => set({ dimension: v ?? undefined })}
              clearable
              w={200}
              data-testid="catalog-dimension"
            />
            <Select
              label={labels.field("direction")}
              placeholder={t("monitoring.catalog.directionAll")}
              data={DIRECTIONS.map((d) => ({ value: d, label: labels.direction(d) }))}
              value={search.direction ?? null}
              onChange={(v) => set({ direction: (v as IndicatorSearch["direction"]) ?? undefined })}
              clearable
              w={230}
            />
            <Checkbox
              label={t("monitoring.catalog.showInactive")}
              checked={Boolean(search.inactive)}
              onChange={(e) => set({ inactive: e.currentTarget.checked || undefined })}
              mb={8}
            />
          </Group>
          <Group gap="xs">
            {list.data?.can.createNational && (
              <Button onClick={() => setAdding(null)} data-testid="catalog-add-national">
                {t("monitoring.catalog.addNational")}
              </Button>
            )}
            {canRegional.map((code) => (
              <Button key={code} variant="light" onClick={() => setAdding(code)} data-testid={`catalog-add-${code}`}>
                {t("monitoring.catalog.addRegional", { region: code })}
              </Button>
            ))}
          </Group>
        </Group>
        {list.isPending ? (
          <Skeleton height={320} />
        ) : list.isError ? (
          <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.total === 0 ? (
          <Paper withBorder p="xl" radius="md" ta="center">
            <Text c="dimmed" role="status" data-testid="catalog-empty">
              {t("monitoring.catalog.empty")}
            </Text>
          </Paper>
        ) : (
          <>
            <PageRange
              text={(v) => t("monitoring.catalog.range", v)}
              page={page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
            />
            <Table.ScrollContainer minWidth={860}>
              <Table striped withTableBorder data-testid="catalog-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("monitoring.catalog.code")}</Table.Th>
                    <Table.Th>{t("monitoring.catalog.name")}</Table.Th>
                    <Table.Th>{labels.field("unit")}</Table.Th>
                    <Table.Th>{labels.field("direction")}</Table.Th>
                    <Table.Th>{t("monitoring.dashboard.dimension")}</Table.Th>
                    <Table.Th>{t("monitoring.catalog.scope")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.data.map((i) => (
                    <Table.Tr key={i.id} data-testid="catalog-row" opacity={i.active ? 1 : 0.6}>
                      <Table.Td ff="monospace" fz="sm">
                        {i.code}
                      </Table.Td>
                      <Table.Td>
                        <AnchorLink to="/indikator/$id" params={{ id: String(i.id) }} size="sm">
                          {i.name}
                        </AnchorLink>
                        {!i.active && (
                          <Badge ml={6} size="xs" color="gray">
                            {t("monitoring.catalog.inactive")}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{i.unit}</Table.Td>
                      <Table.Td>{labels.direction(i.direction)}</Table.Td>
                      <Table.Td>{dimName(i.dimensionCode)}</Table.Td>
                      <Table.Td>
                        <Badge variant={i.regionCode ? "outline" : "light"} size="sm">
                          {i.regionCode
                            ? `${t("monitoring.catalog.regionalShort")} ${i.regionCode}`
                            : t("monitoring.catalog.national")}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
              onChange={(p) => set({ page: p === 1 ? undefined : p })}
            />
          </>
        )}
      </Stack>
      <Modal
        opened={adding !== undefined}
        onClose={() => setAdding(undefined)}
        title={
          adding === null
            ? t("monitoring.catalog.addNationalTitle")
            : t("monitoring.catalog.addRegionalTitle", { region: adding })
        }
        size="xl"
        data-testid="indicator-form-modal"
      >
        {adding !== undefined && (
          <IndicatorForm
            regionCode={adding}
            target={{ mode: "add" }}
            onCancel={() => setAdding(undefined)}
            onSaved={(saved) => {
              setAdding(undefined);
              void goTo({ to: "/indikator/$id", params: { id: String(saved.id) } });
            }}
          />
        )}
      </Modal>
    </>
  );
}
