import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UserOut } from "../../../../domain/people";
import { MembershipBadge, MembershipBadges } from "./MembershipBadge";

type Membership = UserOut["memberships"][number];

type UserTableProps = {
  users: UserOut[];
  busy?: boolean;
  onRevoke: (user: UserOut, membership: Membership) => void;
  onAddRole?: (user: UserOut) => void;
  onSetActive: (user: UserOut, active: boolean) => void;
};

/** People with their roles; the actions each row offers come from the API's `can`. */
export function UserTable({ users, busy = false, onRevoke, onAddRole, onSetActive }: UserTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-label={t("users.tableCaption")}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: "opacity 150ms" }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t("users.colName")}</Table.Th>
            <Table.Th w="22%">{t("users.colEmail")}</Table.Th>
            <Table.Th>{t("users.colRoles")}</Table.Th>
            <Table.Th w={120}>{t("users.colStatus")}</Table.Th>
            <Table.Th w={200}>{t("users.colActions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row" data-email={user.email} data-active={user.active}>
              <Table.Td>
                <Text fw={500} size="sm" c={user.active ? undefined : "dimmed"}>
                  {user.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: "anywhere" }} c={user.active ? undefined : "dimmed"}>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                {user.memberships.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("users.noRoles")}
                  </Text>
                ) : (
                  <MembershipBadges>
                    {user.memberships.map((m) => (
                      <MembershipBadge
                        key={m.id}
                        role={m.role}
                        regionName={m.regionName}
                        opdName={m.opdName}
                        onRevoke={m.can.revoke ? () => onRevoke(user, m) : undefined}
                      />
                    ))}
                  </MembershipBadges>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={user.active ? "green" : "gray"} variant="dot" tt="none" radius="sm">
                  {user.active ? t("users.active") : t("users.inactive")}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={6} role="group" aria-label={t("users.actionsFor", { name: user.name })}>
                  {onAddRole && user.active && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => onAddRole(user)}
                      data-testid="add-role-open"
                    >
                      {t("users.addRole")}
                    </Button>
                  )}
                  {user.can.deactivate && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => onSetActive(user, false)}
                      data-testid="user-deactivate"
                    >
                      {t("users.deactivate")}
                    </Button>
                  )}
                  {user.can.activate && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onSetActive(user, true)}
                      data-testid="user-activate"
                    >
                      {t("users.activate")}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
