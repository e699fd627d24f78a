import { Button, Group, Pagination, Paper, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { PAGE_SIZE_DEFAULT } from "../../../domain/pagination";
import { regionListQuery } from "../api/regions";
import { ErrorState } from "../components/ErrorState";
import { PageHeader } from "../components/PageHeader";
import { RegionFilters, type RegionSearchPatch } from "../components/RegionFilters";
import { RegionTable, RegionTableSkeleton } from "../components/RegionTable";
import { usePageTitle } from "../components/use-page-title";
import { useFormatNumber } from "../i18n/format";

const route = getRouteApi("/wilayah");
const PAGE_SIZE = PAGE_SIZE_DEFAULT;

/** Wilayah: the searchable, filterable list of provinces, kabupaten and kota. */
export function RegionsPage() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t("regions.title"));

  const page = search.page ?? 1;
  const list = useQuery({
    ...regionListQuery({ q: search.q, province: search.province, type: search.type, page, pageSize: PAGE_SIZE }),
    // Keep the current rows on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });

  const update = (patch: RegionSearchPatch, options: { replace?: boolean } = {}) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options.replace, resetScroll: false });
  const reset = () => void navigate({ search: {} });

  const total = list.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  // A shared link to page 12 of a list that has since shrunk lands on its last page instead of an empty one.
  useEffect(() => {
    if (list.data && !list.isPlaceholderData && total > 0 && page > pageCount) {
      void navigate({ search: (prev) => ({ ...prev, page: pageCount === 1 ? undefined : pageCount }), replace: true });
    }
  }, [list.data, list.isPlaceholderData, total, page, pageCount, navigate]);

  const from = (page - 1) * PAGE_SIZE + 1;
  const to = Math.min(page * PAGE_SIZE, total);

  return (
    <>
      <PageHeader title={t("regions.title")} description={t("regions.intro")} />
      <RegionFilters search={search} onChange={update} />

      {list.isPending ? (
        <RegionTableSkeleton />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : total === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Stack align="center" gap="sm">
            <Text role="status">{search.q ? t("regions.emptyQuery", { q: search.q }) : t("regions.emptyFilters")}</Text>
            <Button variant="light" onClick={reset}>
              {t("regions.resetFilters")}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status">
            {t("regions.showing", {
              count: total,
              from: formatNumber(Math.min(from, total)),
              to: formatNumber(to),
              total: formatNumber(total),
            })}
          </Text>
          <RegionTable regions={list.data.data} busy={list.isPlaceholderData} />
          {pageCount > 1 && (
            <Group justify="center" component="nav" aria-label={t("regions.pagination")}>
              <Pagination
                total={pageCount}
                value={Math.min(page, pageCount)}
                onChange={(next) =>
                  void navigate({ search: (prev) => ({ ...prev, page: next === 1 ? undefined : next }) })
                }
                getItemProps={(n) => ({ "aria-label": t("regions.pageN", { page: n }) })}
                getControlProps={(control) => ({ "aria-label": t(`regions.${control}Page`) })}
                withEdges
              />
            </Group>
          )}
        </Stack>
      )}
    </>
  );
}
