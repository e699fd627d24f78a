import { Button, Group, Paper, Select, Skeleton, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { InvitationOut, UserOut } from "../../../domain/people";
import { REGION_GRANTABLE_ROLES, ROLES, type Role } from "../../../domain/roles";
import { pendingInvitationsQuery, revokeInvitation, revokeMembership, setUserActive, usersQuery } from "../api/people";
import { coordinatedRegions, isNationalAdmin, type Me } from "../api/session";
import { ForbiddenState, QueryErrorState } from "../components/AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../components/ConfirmDialog";
import { Notice, type NoticeMessage } from "../components/Notice";
import { PageHeader } from "../components/PageHeader";
import { PageRange, Pager } from "../components/Pager";
import { AddRoleModal } from "../components/people/AddRoleModal";
import { InvitationList } from "../components/people/InvitationList";
import { InviteModal } from "../components/people/InviteModal";
import { UserFilters } from "../components/people/UserFilters";
import { UserTable } from "../components/people/UserTable";
import { regionOptionLabel } from "../components/RegionSelect";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useDomainLabels } from "../i18n/labels";
import type { UsersSearch } from "../routes/search";

const route = getRouteApi("/pengguna");
const PAGE_SIZE = 50;

/** Pengguna: people and invitations; all of them for the national admin, one region for its coordinator. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("users.title"));
  return <RequireSession>{(me) => (me.can.manageUsers ? <UsersView me={me} /> : <ForbiddenState />)}</RequireSession>;
}

function UsersView({ me }: { me: Me }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();

  const admin = isNationalAdmin(me);
  const coordinated = coordinatedRegions(me);
  // A coordinator always works in one of their regions: the one in the URL, else the first.
  const workRegion = admin ? undefined : (coordinated.find((r) => r.code === search.region) ?? coordinated[0]);
  const region = admin ? search.region : workRegion?.code;
  const grantable: readonly Role[] = admin ? ROLES : REGION_GRANTABLE_ROLES;
  const regionOptions = admin ? undefined : coordinated;

  const page = search.page ?? 1;
  const users = useQuery({
    ...usersQuery({
      q: search.q,
      role: search.role,
      region,
      active: search.active === undefined ? undefined : search.active === "true",
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const invitations = useQuery(pendingInvitationsQuery(region));

  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [inviting, setInviting] = useState(false);
  const [addingRoleTo, setAddingRoleTo] = useState<UserOut | null>(null);

  const update = (patch: Partial<UsersSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options.replace, resetScroll: false });
  // Awaited by the confirm dialogs, so they close on the updated list.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["users"] }),
      queryClient.invalidateQueries({ queryKey: ["invitations"] }),
    ]);

  const askRevokeRole = (user: UserOut, m: UserOut["memberships"][number]) => {
    const role = labels.role(m.role);
    setConfirm({
      title: t("users.confirmRevokeTitle"),
      message: t("users.confirmRevoke", {
        role: [role, m.opdName, m.regionName].filter(Boolean).join(" · "),
        name: user.name,
      }),
      confirmLabel: t("users.confirmRevokeButton"),
      action: async () => {
        await revokeMembership(m.id);
        await refresh();
        setNotice({ text: t("users.revoked", { role, name: user.name }) });
      },
    });
  };

  const askSetActive = (user: UserOut, active: boolean) => {
    setConfirm({
      title: active ? t("users.confirmActivateTitle") : t("users.confirmDeactivateTitle"),
      message: active
        ? t("users.confirmActivate", { name: user.name, email: user.email })
        : t("users.confirmDeactivate", { name: user.name, email: user.email }),
      confirmLabel: active ? t("users.activate") : t("users.deactivate"),
      color: active ? "blue" : "red",
      action: async () => {
        await setUserActive(user.id, active);
        await refresh();
        setNotice({
          text: active ? t("users.activated", { name: user.name }) : t("users.deactivated", { name: user.name }),
        });
      },
    });
  };

  const askRevokeInvitation = (inv: InvitationOut) => {
    const email = inv.email ?? t("invitations.setupLink");
    setConfirm({
      title: t("invitations.confirmTitle"),
      message: t("invitations.confirm", { email }),
      confirmLabel: t("invitations.confirmButton"),
      action: async () => {
        await revokeInvitation(inv.id);
        await refresh();
        setNotice({ text: t("invitations.revoked", { email }) });
      },
    });
  };

  const total = users.data?.total ?? 0;
  const filtered = Boolean(search.q || search.role || search.active || (admin && search.region));

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb={{ base: "md", sm: 0 }}>
        <PageHeader
          title={t("users.title")}
          description={workRegion ? t("users.introRegion", { region: workRegion.name }) : t("users.intro")}
        />
        <Button onClick={() => setInviting(true)} data-testid="invite-open">
          {t("users.invite")}
        </Button>
      </Group>

      {coordinated.length > 1 && !admin && (
        <Select
          label={t("users.workRegion")}
          data={coordinated.map((r) => ({ value: r.code, label: regionOptionLabel(r) }))}
          value={workRegion?.code ?? null}
          onChange={(code) => code && update({ region: code, page: undefined })}
          allowDeselect={false}
          maw={360}
          mb="md"
          data-testid="work-region"
        />
      )}

      <Notice notice={notice} onClose={() => setNotice(null)} />
      <UserFilters search={search} onChange={update} withRegion={admin} />

      {users.isPending ? (
        <Stack gap="xs">
          {[1, 2, 3, 4].map((n) => (
            <Skeleton key={n} height={44} />
          ))}
        </Stack>
      ) : users.isError ? (
        <QueryErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : total === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Stack align="center" gap="sm">
            <Text role="status">{t("users.empty")}</Text>
            {filtered && (
              <Button variant="light" onClick={() => void navigate({ search: {} })}>
                {t("users.resetFilters")}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm">
          <PageRange text={(v) => t("users.showing", v)} page={page} pageSize={PAGE_SIZE} total={total} />
          <UserTable
            users={users.data.data}
            busy={users.isPlaceholderData}
            onRevoke={askRevokeRole}
            onAddRole={setAddingRoleTo}
            onSetActive={askSetActive}
          />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(next) => update({ page: next === 1 ? undefined : next })}
          />
        </Stack>
      )}

      <InvitationList query={invitations} onRevoke={askRevokeInvitation} />

      <InviteModal
        opened={inviting}
        onClose={() => setInviting(false)}
        roles={grantable}
        regionOptions={regionOptions}
        defaultRegion={workRegion?.code}
        onInvited={(inv) => {
          setInviting(false);
          void refresh();
          setNotice({
            text: t("invite.sent", { email: inv.email ?? "" }),
            extra: me.can.readOutbox ? (
              <>
                {" "}
                <AnchorLink to="/kotak-keluar" inherit>
                  {t("invite.seeOutbox")}
                </AnchorLink>
              </>
            ) : undefined,
          });
        }}
      />
      <AddRoleModal
        user={addingRoleTo}
        onClose={() => setAddingRoleTo(null)}
        roles={grantable}
        regionOptions={regionOptions}
        defaultRegion={workRegion?.code}
        onGranted={(user, role) => {
          setAddingRoleTo(null);
          void refresh();
          setNotice({ text: t("users.roleAdded", { role: labels.role(role), name: user.name }) });
        }}
      />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </>
  );
}
