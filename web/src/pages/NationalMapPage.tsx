import { Anchor, Group, Loader, Paper, SegmentedControl, Select, Stack, Tabs, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { MapRegion } from "../../../domain/public-map";
import { geoLayerQuery, mapStatusQuery } from "../api/public-map";
import { ErrorState } from "../components/ErrorState";
import { COLOUR_MODES, type ColourMode, colouring } from "../components/national/colours";
import { MapTable } from "../components/national/MapTable";
import { type MapItem, NationalMap } from "../components/national/NationalMap";
import { colourModeOf, useNationalMapSearch, warnaOf } from "../components/national/search";
import { PageHeader } from "../components/PageHeader";
import { usePageTitle } from "../components/use-page-title";
import { useFormatDecimal } from "../i18n/format";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** /nasional: every kabupaten/kota on the GMSC path, as a map and as a table. Loaded on its own (ECharts, geometry). */
export function NationalMapPage() {
  const { t } = useTranslation();
  usePageTitle(t("nationalMap.title"));
  const navigate = useNavigate();
  const formatDecimal = useFormatDecimal();
  const phone = useMediaQuery("(max-width: 48em)");
  // The view lives in the URL (/nasional?warna=tahun&provinsi=32&angkatan=2024&tampilan=tabel).
  const [search, setSearch] = useNationalMapSearch();
  const mode = colourModeOf(search);
  const province = search.provinsi ?? null;
  const cohort = search.angkatan === undefined ? null : String(search.angkatan);

  const status = useQuery(mapStatusQuery());
  const kabKota = useQuery(geoLayerQuery("kabupaten-kota"));
  const provinsi = useQuery(geoLayerQuery("provinsi"));

  const all = status.data ?? [];
  const provinces = useMemo(() => all.filter((r) => r.type === "provinsi"), [all]);
  const regencies = useMemo(() => all.filter((r) => r.type !== "provinsi"), [all]);
  const names = useMemo(() => new Map(provinces.map((p) => [p.code, p.name])), [provinces]);
  const provinceName = useCallback((code: string) => names.get(code) ?? code, [names]);
  const years = useMemo(
    () => [...new Set(regencies.map((r) => r.cohortYear).filter((y) => y !== null))].sort().map(String),
    [regencies],
  );
  const matches = useCallback(
    (r: MapRegion) => (!province || r.provinceCode === province) && (!cohort || String(r.cohortYear) === cohort),
    [province, cohort],
  );
  const shown = useMemo(() => regencies.filter(matches), [regencies, matches]);
  const { colourOf, legend } = useMemo(() => colouring(shown, mode), [shown, mode]);

  const items: MapItem[] = useMemo(
    () =>
      regencies.map((r) => {
        const lines = [
          `<strong>${escapeHtml(r.name)}</strong>`,
          escapeHtml(provinceName(r.provinceCode)),
          `${escapeHtml(t("nationalMap.colStatus"))}: ${escapeHtml(t(`nationalMap.status.${r.status}`))}`,
          `${escapeHtml(t("nationalMap.colCohort"))}: ${r.cohortYear ?? "—"}`,
          `${escapeHtml(t("nationalMap.colIndex"))}: ${r.index === null ? "—" : `${formatDecimal(r.index)} (${r.indexYear})`}`,
        ];
        return { code: r.code, colour: colourOf(r), dimmed: !matches(r), tooltip: lines.join("<br/>") };
      }),
    [regencies, colourOf, matches, provinceName, t, formatDecimal],
  );

  const legendLabel = (key: string) =>
    mode === "status"
      ? t(`nationalMap.status.${key as MapRegion["status"]}`)
      : key === "none"
        ? t(mode === "cohort" ? "nationalMap.noCohort" : "nationalMap.noIndex")
        : mode === "index"
          ? key.replace(/\d+(\.\d+)?/g, (n) => formatDecimal(Number(n), 1))
          : key;

  const failed = status.error ?? kabKota.error ?? provinsi.error;
  return (
    <Stack gap="md">
      <PageHeader title={t("nationalMap.title")} description={t("nationalMap.lead")} testId="national-title" />
      {failed ? (
        <ErrorState error={failed} onRetry={() => void Promise.all([status.refetch(), kabKota.refetch()])} />
      ) : (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t("nationalMap.filterProvince")}
              placeholder={t("nationalMap.allProvinces")}
              data={provinces.map((p) => ({ value: p.code, label: p.name }))}
              value={province}
              onChange={(v) => setSearch({ provinsi: v ?? undefined })}
              searchable
              clearable
              w={{ base: "100%", xs: 240 }}
            />
            <Select
              label={t("nationalMap.filterCohort")}
              placeholder={t("nationalMap.allCohorts")}
              data={years}
              value={cohort}
              onChange={(v) => setSearch({ angkatan: v ? Number(v) : undefined })}
              clearable
              w={{ base: "100%", xs: 180 }}
            />
          </Group>
          <Tabs
            value={search.tampilan === "tabel" ? "table" : "map"}
            onChange={(v) => setSearch({ tampilan: v === "table" ? "tabel" : undefined })}
            keepMounted={false}
          >
            <Tabs.List>
              <Tabs.Tab value="map">{t("nationalMap.tabMap")}</Tabs.Tab>
              <Tabs.Tab value="table">{t("nationalMap.tabTable")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="map" pt="sm">
              <Stack gap="xs">
                <SegmentedControl
                  aria-label={t("nationalMap.colourBy")}
                  value={mode}
                  onChange={(v) => setSearch({ warna: warnaOf(v as ColourMode) })}
                  data={COLOUR_MODES.map((m) => ({ value: m, label: t(`nationalMap.mode.${m}`) }))}
                  fullWidth={phone}
                  style={{ alignSelf: phone ? "stretch" : "flex-start" }}
                />
                <Paper withBorder radius="md" p={4} pos="relative">
                  {status.isPending || kabKota.isPending || provinsi.isPending || !kabKota.data || !provinsi.data ? (
                    <Group justify="center" h={phone ? 200 : 430}>
                      <Loader />
                    </Group>
                  ) : (
                    <NationalMap
                      kabKota={kabKota.data}
                      provinsi={provinsi.data}
                      items={items}
                      focus={province}
                      height={phone ? 200 : 430}
                      label={t("nationalMap.mapLabel", { count: shown.length })}
                      onSelect={(code) => void navigate({ to: "/wilayah/$code", params: { code } })}
                    />
                  )}
                  <Text size="xs" c="dimmed" px={6} pb={2} data-testid="map-credit">
                    {t("nationalMap.credit")}{" "}
                    <Anchor href="/geo/LICENSE-wilayah_boundaries.txt" size="xs" target="_blank">
                      {t("nationalMap.licence")}
                    </Anchor>
                  </Text>
                </Paper>
                <Group gap="md" wrap="wrap" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {legend.map((l) => (
                    <Group key={l.key} gap={6} component="li" wrap="nowrap">
                      <span
                        aria-hidden="true"
                        style={{
                          width: 14,
                          height: 14,
                          borderRadius: 3,
                          background: l.colour,
                          border: "1px solid #ced4da",
                          display: "inline-block",
                        }}
                      />
                      <Text size="sm">
                        {legendLabel(l.key)}{" "}
                        <Text span c="dimmed" size="sm">
                          ({l.count})
                        </Text>
                      </Text>
                    </Group>
                  ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {t("nationalMap.hint")}
                </Text>
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="table" pt="sm">
              <MapTable regions={shown} provinceName={provinceName} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
