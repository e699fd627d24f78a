import { Avatar, Menu, Skeleton, Text, UnstyledButton } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useLocation, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { meQuery } from "../api/session";
import { useSignOutAction } from "./auth/use-session-actions";
import { ButtonLink } from "./RouterLinks";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "")).toUpperCase() || "?";
}

const SIGNED_OUT_PAGES = ["/masuk", "/lupa-sandi", "/atur-ulang-sandi", "/undangan"];

/** Header corner: "Masuk" for visitors; the person's name with Profil and Keluar once signed in. */
export function UserMenu({ onNavigate, showName = true }: { onNavigate?: () => void; showName?: boolean }) {
  const { t } = useTranslation();
  const me = useQuery(meQuery());
  const navigate = useNavigate();
  const signOut = useSignOutAction();
  const location = useLocation();

  if (me.isPending) return <Skeleton height={30} width={30} circle />;
  if (!me.data) {
    // From the sign-in page itself (and its siblings) "Masuk" needs no way back; from the home page
    // neither: signing in there leads to Perlu Tindakan.
    const noWayBack = SIGNED_OUT_PAGES.some((p) => location.pathname.startsWith(p)) || location.href === "/";
    return (
      <ButtonLink
        to="/masuk"
        search={noWayBack ? {} : { redirect: location.href }}
        size="xs"
        variant="light"
        data-testid="sign-in-link"
        onClick={onNavigate}
      >
        {t("session.signIn")}
      </ButtonLink>
    );
  }

  const user = me.data.data;
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          data-testid="user-menu"
          aria-label={t("session.userMenu", { name: user.name })}
          style={{ display: "flex", alignItems: "center", gap: 8, borderRadius: 8, padding: "2px 4px" }}
        >
          <Avatar size={30} radius="xl" color="blue">
            {initials(user.name)}
          </Avatar>
          {showName && (
            <Text size="sm" fw={500} maw={160} truncate visibleFrom="xl">
              {user.name}
            </Text>
          )}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("session.signedInAs")}</Menu.Label>
        <Text size="sm" fw={500} px="sm" truncate>
          {user.name}
        </Text>
        <Text size="xs" c="dimmed" px="sm" pb="xs" truncate>
          {user.email}
        </Text>
        <Menu.Divider />
        <Menu.Item
          onClick={() => {
            onNavigate?.();
            void navigate({ to: "/profil" });
          }}
        >
          {t("session.profile")}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => void signOut()} data-testid="sign-out">
          {t("session.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
