import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatNumber } from "../i18n/format";

type PagerProps = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

/** Page links under a table; nothing when everything fits on one page. */
export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  return (
    <Group justify="center" component="nav" aria-label={t("pager.label")}>
      <Pagination
        total={pageCount}
        value={Math.min(page, pageCount)}
        onChange={onChange}
        getItemProps={(n) => ({ "aria-label": t("pager.pageN", { page: n }) })}
        getControlProps={(control) => ({ "aria-label": t(`pager.${control}Page`) })}
        withEdges
      />
    </Group>
  );
}

/** "Showing 1–50 of 120 …" in the words of the list; `text` picks the translation (with _one/_other forms). */
export function PageRange({
  text,
  page,
  pageSize,
  total,
}: {
  text: (values: { count: number; from: string; to: string; total: string }) => string;
  page: number;
  pageSize: number;
  total: number;
}) {
  const formatNumber = useFormatNumber();
  const from = Math.min((page - 1) * pageSize + 1, total);
  const to = Math.min(page * pageSize, total);
  return (
    <Text size="sm" c="dimmed" role="status">
      {text({ count: total, from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
    </Text>
  );
}
