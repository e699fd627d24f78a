import { Badge, CloseButton, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../../domain/roles";
import { useDomainLabels } from "../../i18n/labels";

export type ScopedRole = { role: Role; regionName: string | null; opdName?: string | null };

const COLORS: Record<Role, string> = {
  national_admin: "red",
  assessor: "grape",
  mentor: "violet",
  region_coordinator: "blue",
  opd_contributor: "teal",
  region_viewer: "gray",
};

/** "Koordinator daerah · Kota Banjar": the role's label with where it applies. */
export function useScopedRoleText(): (m: ScopedRole) => string {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  return (m) => {
    const scope = [m.opdName, m.regionName].filter(Boolean).join(", ");
    const role = labels.role(m.role);
    return scope ? t("roles.withScope", { role, scope }) : role;
  };
}

type MembershipBadgeProps = ScopedRole & { onRevoke?: () => void };

/** One role as a badge; with a small × when the viewer may revoke it. */
export function MembershipBadge({ onRevoke, ...membership }: MembershipBadgeProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const text = useScopedRoleText()(membership);
  return (
    <Badge
      color={COLORS[membership.role]}
      variant="light"
      radius="sm"
      tt="none"
      size="lg"
      fw={500}
      maw="100%"
      data-testid="membership-badge"
      data-role={membership.role}
      rightSection={
        onRevoke ? (
          <CloseButton
            size="xs"
            variant="transparent"
            aria-label={t("users.revokeRole", { role: labels.role(membership.role) })}
            onClick={onRevoke}
            data-testid="membership-revoke"
          />
        ) : undefined
      }
      // Long region and OPD names wrap inside the badge instead of being cut off.
      styles={{
        root: { height: "auto", minHeight: 26, paddingBlock: 2 },
        label: { whiteSpace: "normal", textAlign: "left" },
      }}
      title={text}
    >
      {text}
    </Badge>
  );
}

/** Several roles, wrapping. */
export function MembershipBadges({ children }: { children: ReactNode }) {
  return (
    <Group gap={6} wrap="wrap">
      {children}
    </Group>
  );
}
