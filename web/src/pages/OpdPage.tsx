import { Button, Group, Paper, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type OpdOut, STARTER_OPDS } from "../../../domain/opd";
import { addStarterOpds, opdListQuery, updateOpd } from "../api/opds";
import { regionQuery } from "../api/regions";
import { QueryErrorState } from "../components/AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../components/ConfirmDialog";
import { useErrorText } from "../components/ErrorState";
import { Notice, type NoticeMessage } from "../components/Notice";
import { OpdFormModal, type OpdFormTarget } from "../components/opd/OpdFormModal";
import { OpdTable } from "../components/opd/OpdTable";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { RegionCrumbs } from "../components/region/RegionCrumbs";
import { usePageTitle } from "../components/use-page-title";
import { useFormatNumber } from "../i18n/format";

const route = getRouteApi("/wilayah/$code/opd");

/** Wilayah/{kode}/OPD: the region's perangkat daerah, managed by its coordinator and the national admin. */
export function OpdPage() {
  return <RequireSession>{() => <OpdView />}</RequireSession>;
}

function OpdView() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const errorText = useErrorText();
  const { code } = route.useParams();
  const queryClient = useQueryClient();
  const region = useQuery(regionQuery(code));
  const opds = useQuery(opdListQuery(code));
  const regionName = region.data?.displayName ?? code;
  usePageTitle(t("opd.title", { region: regionName }));

  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [form, setForm] = useState<OpdFormTarget | null>(null);
  const [filter, setFilter] = useState("");

  const reload = async (id: number) => {
    const fresh = await opds.refetch();
    return fresh.data?.data.find((o) => o.id === id);
  };

  const crumbs = <RegionCrumbs code={code} regionName={regionName} page={t("nav.opd")} />;

  if (opds.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="40%" mb="md" />
        <Stack gap="xs">
          {[1, 2, 3, 4, 5].map((n) => (
            <Skeleton key={n} height={36} />
          ))}
        </Stack>
      </>
    );
  }
  if (opds.isError) {
    return (
      <>
        {crumbs}
        <QueryErrorState error={opds.error} onRetry={() => void opds.refetch()} />
      </>
    );
  }

  const list = opds.data.data;
  const canCreate = opds.data.can.create;
  const taken = new Set(list.map((o) => o.abbreviation.toLowerCase()));
  const starterMissing = STARTER_OPDS.filter((s) => !taken.has(s.abbreviation.toLowerCase())).length;
  const activeCount = list.filter((o) => o.active).length;
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? list.filter((o) => o.name.toLowerCase().includes(needle) || o.abbreviation.toLowerCase().includes(needle))
    : list;

  const askStarter = () =>
    setConfirm({
      title: t("opd.starterTitle"),
      message: t("opd.starterConfirm", { count: starterMissing }),
      confirmLabel: t("opd.starterButton"),
      color: "blue",
      action: async () => {
        const result = await addStarterOpds(code);
        await queryClient.invalidateQueries({ queryKey: ["opds", code] });
        setNotice({
          text: result.added > 0 ? t("opd.starterAdded", { count: result.added }) : t("opd.starterNone"),
        });
      },
    });

  const setActive = async (opd: OpdOut, active: boolean) => {
    try {
      await updateOpd(opd.id, { active, version: opd.version });
      setNotice({ text: t(active ? "opd.activated" : "opd.deactivated", { name: opd.name }) });
    } finally {
      // A version conflict also needs the latest rows before the next try.
      await queryClient.invalidateQueries({ queryKey: ["opds", code] });
    }
  };

  const askSetActive = (opd: OpdOut, active: boolean) => {
    if (active) {
      void setActive(opd, true).catch((cause: unknown) => setNotice({ text: errorText(cause), color: "red" }));
      return;
    }
    setConfirm({
      title: t("opd.confirmDeactivateTitle"),
      message: t("opd.confirmDeactivate", { name: opd.name }),
      confirmLabel: t("opd.deactivate"),
      action: () => setActive(opd, false),
    });
  };

  return (
    <>
      {crumbs}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb={{ base: "md", sm: 0 }}>
        <PageHeader title={t("opd.title", { region: regionName })} description={t("opd.intro")} testId="opd-title" />
        {canCreate && (
          <Group gap="sm">
            {starterMissing > 0 && (
              <Button variant="default" onClick={askStarter} data-testid="opd-starter">
                {t("opd.addStarter")}
              </Button>
            )}
            <Button onClick={() => setForm({ mode: "add", regionCode: code })} data-testid="opd-add-open">
              {t("opd.add")}
            </Button>
          </Group>
        )}
      </Group>

      <Notice notice={notice} onClose={() => setNotice(null)} />

      {list.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Stack align="center" gap="xs">
            <Text role="status" fw={500}>
              {t("opd.empty")}
            </Text>
            {canCreate && (
              <Text size="sm" c="dimmed">
                {t("opd.emptyHint")}
              </Text>
            )}
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <TextInput
              label={t("opd.filter")}
              placeholder={t("opd.filterPlaceholder")}
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.currentTarget.value)}
              w={{ base: "100%", xs: 300 }}
            />
            <Text size="sm" c="dimmed" role="status">
              {t("opd.count", { active: formatNumber(activeCount), total: formatNumber(list.length) })}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <Text c="dimmed" role="status">
              {t("opd.noMatch", { q: filter.trim() })}
            </Text>
          ) : (
            <OpdTable opds={shown} onEdit={(opd) => setForm({ mode: "edit", opd })} onSetActive={askSetActive} />
          )}
        </Stack>
      )}

      <OpdFormModal
        target={form}
        onClose={() => setForm(null)}
        onReload={reload}
        onSaved={(opd, mode) => {
          setForm(null);
          void queryClient.invalidateQueries({ queryKey: ["opds", code] });
          setNotice({ text: t(mode === "add" ? "opd.added" : "opd.updated", { name: opd.name }) });
        }}
      />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </>
  );
}
