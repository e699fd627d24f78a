import { Button, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { auditCsvUrl, auditQuery } from "../api/audit";
import { coordinatedRegions, isNationalAdmin, type Me } from "../api/session";
import { ForbiddenState, QueryErrorState } from "../components/AccessStates";
import { AuditFilters } from "../components/audit/AuditFilters";
import { AuditTable } from "../components/audit/AuditTable";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { RequireSession } from "../components/RequireSession";
import { usePageTitle } from "../components/use-page-title";
import type { AuditSearch } from "../routes/search";

const route = getRouteApi("/audit");
const PAGE_SIZE = 50;

/** Jejak Audit: everything for the national admin; a coordinator sees their region's trail. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t("audit.title"));
  return <RequireSession>{(me) => (me.can.readAudit ? <AuditView me={me} /> : <ForbiddenState />)}</RequireSession>;
}

function AuditView({ me }: { me: Me }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();

  const admin = isNationalAdmin(me);
  const coordinated = coordinatedRegions(me);
  const region = admin ? search.region : (coordinated.find((r) => r.code === search.region) ?? coordinated[0])?.code;
  const page = search.page ?? 1;
  const filters = {
    region,
    actor: search.actor,
    entityType: search.entityType,
    action: search.action,
    from: search.from,
    to: search.to,
  };
  const events = useQuery({
    ...auditQuery({ ...filters, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Partial<AuditSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options.replace, resetScroll: false });
  const total = events.data?.total ?? 0;
  const filtered = Boolean(search.actor || search.entityType || search.action || search.from || search.to);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb={{ base: "md", sm: 0 }}>
        <PageHeader title={t("audit.title")} description={t("audit.intro")} />
        <Button component="a" href={auditCsvUrl(filters)} download variant="default" data-testid="audit-csv">
          {t("audit.download")}
        </Button>
      </Group>
      <AuditFilters search={search} onChange={update} regionOptions={admin ? undefined : coordinated} region={region} />

      {events.isPending ? (
        <Stack gap="xs">
          {[1, 2, 3, 4, 5].map((n) => (
            <Skeleton key={n} height={40} />
          ))}
        </Stack>
      ) : events.isError ? (
        <QueryErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : total === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Stack align="center" gap="sm">
            <Text role="status">{t("audit.empty")}</Text>
            {filtered && (
              <Button
                variant="light"
                onClick={() =>
                  update({
                    actor: undefined,
                    entityType: undefined,
                    action: undefined,
                    from: undefined,
                    to: undefined,
                    page: undefined,
                  })
                }
              >
                {t("audit.resetFilters")}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <PageRange text={(v) => t("audit.showing", v)} page={page} pageSize={PAGE_SIZE} total={total} />
          <AuditTable events={events.data.data} busy={events.isPlaceholderData} />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(next) => update({ page: next === 1 ? undefined : next })}
          />
        </Stack>
      )}
    </>
  );
}
