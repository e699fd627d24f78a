import { Table, UnstyledButton } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { gmscStatusRank, type MapRegion } from "../../../../domain/public-map";
import { useFormatDecimal } from "../../i18n/format";
import { AnchorLink } from "../RouterLinks";

type Key = "name" | "province" | "status" | "cohort" | "index";
type Sort = { key: Key; ascending: boolean };

/** The map's data as a table: sortable with the keyboard, each region a link to its page. */
export function MapTable({ regions, provinceName }: { regions: MapRegion[]; provinceName: (code: string) => string }) {
  const { t } = useTranslation();
  const formatDecimal = useFormatDecimal();
  const [sort, setSort] = useState<Sort>({ key: "status", ascending: false });

  const rows = useMemo(() => {
    const value = (r: MapRegion): string | number => {
      switch (sort.key) {
        case "name":
          return r.name;
        case "province":
          return provinceName(r.provinceCode);
        case "status":
          return gmscStatusRank(r.status);
        case "cohort":
          return r.cohortYear ?? -1;
        case "index":
          return r.index ?? -1;
      }
    };
    const sorted = [...regions].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb), "id");
      return c !== 0 ? c : a.code.localeCompare(b.code);
    });
    return sort.ascending ? sorted : sorted.reverse();
  }, [regions, sort, provinceName]);

  const header = (key: Key, label: string, align: "left" | "right" = "left") => {
    const active = sort.key === key;
    return (
      <Table.Th ta={align} aria-sort={active ? (sort.ascending ? "ascending" : "descending") : undefined}>
        <UnstyledButton
          fw={700}
          fz="sm"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : key === "name" || key === "province" })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? " ▲" : " ▼") : " ↕"}</span>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover data-testid="national-table">
        <Table.Caption>{t("nationalMap.tableCaption", { count: regions.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header("name", t("nationalMap.colRegion"))}
            {header("province", t("nationalMap.colProvince"))}
            {header("status", t("nationalMap.colStatus"))}
            {header("cohort", t("nationalMap.colCohort"), "right")}
            {header("index", t("nationalMap.colIndex"), "right")}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Td>
                <AnchorLink to="/wilayah/$code" params={{ code: r.code }}>
                  {r.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{provinceName(r.provinceCode)}</Table.Td>
              <Table.Td>{t(`nationalMap.status.${r.status}`)}</Table.Td>
              <Table.Td ta="right">{r.cohortYear ?? "—"}</Table.Td>
              <Table.Td ta="right">{r.index === null ? "—" : `${formatDecimal(r.index)} (${r.indexYear})`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
