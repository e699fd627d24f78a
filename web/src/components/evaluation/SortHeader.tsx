import { Table, UnstyledButton } from "@mantine/core";
import type { ResultSort } from "../../api/evaluations";

type Props = {
  label: string;
  /** The ascending and descending sort of this column, the first is taken on the first click. */
  sorts: [ResultSort, ResultSort];
  current: ResultSort;
  onSort: (sort: ResultSort) => void;
  align?: "left" | "right";
};

/** A column header that sorts the table; a button, so the keyboard reaches it, and aria-sort tells the order. */
export function SortHeader({ label, sorts, current, onSort, align = "left" }: Props) {
  const active = sorts.indexOf(current);
  const ascending = current === "rank" || current === "region" || current === "index" || current === "improvement";
  const arrow = active === -1 ? " ↕" : ascending ? " ▲" : " ▼";
  return (
    <Table.Th ta={align} aria-sort={active === -1 ? undefined : ascending ? "ascending" : "descending"}>
      <UnstyledButton
        onClick={() => onSort(active === 0 ? sorts[1] : sorts[0])}
        fw={700}
        fz="sm"
        data-testid={`sort-${sorts[0].replace("-", "")}`}
      >
        {label}
        <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
