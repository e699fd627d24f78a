import { Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoadmapOut } from "../../../../domain/masterplan-responses";
import { formatRupiah, roadmapQuery } from "../../api/masterplans";
import { inLanguage, useLanguage } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";
import type { EChartOption } from "../EChart";

// ECharts is loaded only when a roadmap is opened, in its own chunk, so the main bundle stays small.
const EChart = lazy(() => import("../EChart").then((m) => ({ default: m.EChart })));

type Metric = "budget" | "programs";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** Stacked bars per year, one series per dimension: indicative budget (short Rupiah on the axis, full in the tooltip) or program count. */
function roadmapChartOption(
  r: RoadmapOut,
  metric: Metric,
  lang: "id" | "en",
  labels: { total: string; programs: (n: number) => string },
): EChartOption {
  const years = Array.from({ length: r.periodEnd - r.periodStart + 1 }, (_, i) => r.periodStart + i);
  const locale = lang === "en" ? "en-GB" : "id-ID";
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(locale);
  const value = (n: number) => (metric === "budget" ? formatRupiah(n, lang) : labels.programs(n));
  return {
    animation: false,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params) => {
        const rows = (Array.isArray(params) ? params : [params]).filter((p) => Number(p.value) > 0);
        const total = rows.reduce((s, p) => s + Number(p.value), 0);
        const year = Array.isArray(params) ? params[0]?.name : params.name;
        return [
          `<strong>${escapeHtml(String(year ?? ""))}</strong>`,
          ...rows.map(
            (p) => `${p.marker ?? ""} ${escapeHtml(p.seriesName ?? "")}: <strong>${value(Number(p.value))}</strong>`,
          ),
          `${escapeHtml(labels.total)}: <strong>${value(total)}</strong>`,
        ].join("<br/>");
      },
    },
    legend: { type: "scroll", bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: "category", data: years.map(String) },
    yAxis: {
      type: "value",
      minInterval: metric === "programs" ? 1 : undefined,
      axisLabel: { formatter: (n: number) => (metric === "budget" ? `Rp ${compact.format(n)}` : whole.format(n)) },
    },
    series: r.dimensions.map((d) => ({
      type: "bar",
      stack: "total",
      name: inLanguage(lang, d.nameId, d.nameEn),
      emphasis: { focus: "series" },
      data: years.map((y) => {
        const c = r.cells.find((x) => x.year === y && x.dimensionCode === d.code);
        return metric === "budget" ? (c?.budget ?? 0) : (c?.programs ?? 0);
      }),
    })),
  };
}

/** Peta Jalan: years as columns, dimensions as rows; each cell the programs running that year and their budget. */
export function RoadmapTab({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const roadmap = useQuery(roadmapQuery(planId));
  const [metric, setMetric] = useState<Metric>("budget");
  const option = useMemo(
    () =>
      roadmap.data
        ? roadmapChartOption(roadmap.data, metric, lang, {
            total: t("masterplan.roadmap.total"),
            programs: (n) => t("masterplan.roadmap.programs", { count: n }),
          })
        : null,
    [roadmap.data, metric, lang, t],
  );
  if (roadmap.isPending) return <Skeleton height={300} />;
  if (roadmap.isError) return <QueryErrorState error={roadmap.error} onRetry={() => void roadmap.refetch()} />;
  const r = roadmap.data;
  const years = Array.from({ length: r.periodEnd - r.periodStart + 1 }, (_, i) => r.periodStart + i);
  const cell = (year: number, code: string) => r.cells.find((c) => c.year === year && c.dimensionCode === code);
  const maxBudget = Math.max(1, ...r.cells.map((c) => c.budget));
  const programsByYear = (year: number) => r.cells.filter((c) => c.year === year).reduce((s, c) => s + c.programs, 0);
  const rp = (n: number) => formatRupiah(n, lang);
  // Cells show "Rp 1,25 M"; the exact Rupiah is in the title and in the totals.
  const compact = new Intl.NumberFormat(lang === "en" ? "en-GB" : "id-ID", {
    notation: "compact",
    maximumFractionDigits: 2,
  });
  const short = (n: number) => `Rp ${compact.format(n)}`;

  return (
    <Paper withBorder p="lg" radius="md" component="section" data-testid="roadmap">
      <Title order={2} size="h4" mb={4}>
        {t("masterplan.roadmap.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("masterplan.roadmap.intro")}
      </Text>
      {r.cells.every((c) => c.programs === 0) && (
        <Text c="dimmed" mb="md" data-testid="roadmap-empty">
          {t("masterplan.roadmap.empty")}
        </Text>
      )}
      <Group justify="flex-end" mb="xs">
        <SegmentedControl
          size="xs"
          value={metric}
          onChange={(v) => setMetric(v as Metric)}
          aria-label={t("masterplan.roadmap.metricLabel")}
          data-testid="roadmap-metric"
          data={[
            { value: "budget", label: t("masterplan.roadmap.metricBudget") },
            { value: "programs", label: t("masterplan.roadmap.metricPrograms") },
          ]}
        />
      </Group>
      {option && (
        <Suspense fallback={<Skeleton height={340} mb="md" />}>
          <EChart
            option={option}
            height={340}
            style={{ marginBottom: "var(--mantine-spacing-md)" }}
            aria-label={t(metric === "budget" ? "masterplan.roadmap.chartBudget" : "masterplan.roadmap.chartPrograms")}
            data-testid="roadmap-chart"
          />
        </Suspense>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders fz="xs" data-testid="roadmap-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("masterplan.roadmap.dimension")}</Table.Th>
              {years.map((y) => (
                <Table.Th key={y} ta="center">
                  {y}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t("masterplan.roadmap.total")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.dimensions.map((d) => (
              <Table.Tr key={d.code} data-testid={`roadmap-row-${d.code}`}>
                <Table.Th scope="row" fw={600}>
                  {inLanguage(lang, d.nameId, d.nameEn)}
                </Table.Th>
                {years.map((y) => {
                  const c = cell(y, d.code);
                  const n = c?.programs ?? 0;
                  // Heat by budget; a running program without budget that year still shows a faint tint.
                  const alpha = n === 0 ? 0 : 0.12 + 0.6 * ((c?.budget ?? 0) / maxBudget);
                  return (
                    <Table.Td
                      key={y}
                      ta="center"
                      style={{ background: n ? `rgba(34, 139, 230, ${alpha.toFixed(2)})` : undefined }}
                      data-testid="roadmap-cell"
                      data-year={y}
                      data-dimension={d.code}
                      data-programs={n}
                    >
                      {n > 0 && (
                        <Stack gap={0}>
                          <Text size="xs" fw={600}>
                            {t("masterplan.roadmap.programs", { count: n })}
                          </Text>
                          {(c?.budget ?? 0) > 0 && (
                            <Text size="10px" title={rp(c?.budget ?? 0)} style={{ whiteSpace: "nowrap" }}>
                              {short(c?.budget ?? 0)}
                            </Text>
                          )}
                        </Stack>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" fw={600} style={{ whiteSpace: "nowrap" }}>
                  {rp(r.totals.byDimension[d.code] ?? 0)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t("masterplan.roadmap.total")}</Table.Th>
              {years.map((y) => (
                <Table.Td key={y} ta="center" fw={600}>
                  <Text size="xs" fw={600}>
                    {t("masterplan.roadmap.programs", { count: programsByYear(y) })}
                  </Text>
                  <Text size="10px" title={rp(r.totals.byYear[String(y)] ?? 0)} style={{ whiteSpace: "nowrap" }}>
                    {short(r.totals.byYear[String(y)] ?? 0)}
                  </Text>
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700} style={{ whiteSpace: "nowrap" }} data-testid="roadmap-total">
                {rp(r.totals.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {Object.keys(r.totals.bySource).length > 0 && (
        <Text size="sm" mt="md">
          {t("masterplan.roadmap.bySource")}:{" "}
          {Object.entries(r.totals.bySource)
            .map(([source, amount]) => `${source} ${rp(amount)}`)
            .join(" · ")}
        </Text>
      )}
    </Paper>
  );
}
