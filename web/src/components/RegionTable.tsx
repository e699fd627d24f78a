import { Skeleton, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RegionSummary } from "../../../domain/regions";
import { RegionTypeBadge } from "./RegionTypeBadge";
import { AnchorLink } from "./RouterLinks";

type RegionTableProps = { regions: RegionSummary[]; busy?: boolean };

function Head() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={{ base: 64, sm: 90 }}>{t("regions.colCode")}</Table.Th>
        <Table.Th>{t("regions.colName")}</Table.Th>
        <Table.Th w={{ base: 118, sm: 130 }}>{t("regions.colType")}</Table.Th>
        <Table.Th w="32%" visibleFrom="sm">
          {t("regions.colProvince")}
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

/** One page of regions; each name opens the region. */
export function RegionTable({ regions, busy = false }: RegionTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table
        layout="fixed"
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t("regions.tableCaption")}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: "opacity 150ms" }}
      >
        <Head />
        <Table.Tbody>
          {regions.map((region) => (
            <Table.Tr key={region.code} data-testid="region-row" data-code={region.code}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {region.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <AnchorLink to="/wilayah/$code" params={{ code: region.code }} fw={500}>
                  {region.displayName}
                </AnchorLink>
                {/* Narrow screens drop the province column; keep the province under the name instead. */}
                {region.type !== "provinsi" && (
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {region.province.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RegionTypeBadge type={region.type} />
              </Table.Td>
              <Table.Td visibleFrom="sm">
                {region.type === "provinsi" ? (
                  <Text c="dimmed" size="sm" aria-hidden="true">
                    {t("common.notAvailable")}
                  </Text>
                ) : (
                  region.province.name
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The table's shape while the first page loads, so the layout does not jump. */
export function RegionTableSkeleton({ rows = 8 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table layout="fixed" verticalSpacing="xs" aria-label={t("regions.tableCaption")} aria-busy>
        <Head />
        <Table.Tbody>
          {Array.from({ length: rows }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
            <Table.Tr key={i}>
              <Table.Td>
                <Skeleton height={14} width={44} />
              </Table.Td>
              <Table.Td>
                <Skeleton height={14} width="70%" />
              </Table.Td>
              <Table.Td>
                <Skeleton height={14} width={70} />
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Skeleton height={14} width="60%" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
