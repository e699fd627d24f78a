import { Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatRupiah, roadmapQuery } from "../../api/masterplans";
import { inLanguage, useLanguage } from "../../i18n/format";
import { QueryErrorState } from "../AccessStates";

/** Peta Jalan: years as columns, dimensions as rows; each cell the programs running that year and their budget. */
export function RoadmapTab({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const roadmap = useQuery(roadmapQuery(planId));
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
