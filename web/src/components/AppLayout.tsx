import { AppShell, Box, Burger, Container, Group, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { Link, Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { meQuery } from "../api/session";
import classes from "./AppLayout.module.css";
import { LanguageSwitch } from "./LanguageSwitch";
import { MainNav, useExtraNavCount } from "./MainNav";
import { NotificationBell } from "./notifications/NotificationBell";
import { ScrollToHash } from "./ScrollToHash";
import { UserMenu } from "./UserMenu";
import { useHeaderFit } from "./use-header-fit";

// Just below Mantine's md, lg and xl breakpoints (62em, 75em, 88em).
const BELOW = { md: "61.99em", lg: "74.99em", xl: "87.99em" } as const;

/** Header with brand, navigation, language and the user menu; the page below. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const signedIn = Boolean(useQuery(meQuery()).data);
  // A signed-in person's longer navigation moves into the drawer on narrower screens than the public one.
  const extra = useExtraNavCount();
  const breakpoint = extra > 3 ? "xl" : extra > 1 ? "lg" : "md";
  // The nav is rendered in one place only (header or drawer), so each link exists once for readers and tests.
  const isMobile = useMediaQuery(`(max-width: ${BELOW[breakpoint]})`, false, { getInitialValueInEffect: false });
  // A long navigation takes the room of the person's name (still in the user menu).
  const { navRef, showName } = useHeaderFit(`${i18n.language}:${extra}`);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint, collapsed: { mobile: !opened, desktop: true } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skip}>
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom={breakpoint}
              size="sm"
              aria-label={t(opened ? "app.closeNavigation" : "app.openNavigation")}
              aria-expanded={opened}
              aria-controls="main-navbar"
            />
            <Link to="/" className={classes.brand} onClick={close}>
              <img src="/favicon.svg" alt="" className={classes.logo} />
              <Box miw={0}>
                <Text fw={700} size="lg" lh={1.1}>
                  {t("app.name")}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} truncate visibleFrom="xs">
                  {t("app.subtitle")}
                </Text>
              </Box>
            </Link>
          </Group>
          {!isMobile && <MainNav ref={navRef} />}
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {signedIn && <NotificationBell onNavigate={close} />}
            <UserMenu onNavigate={close} showName={showName} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="md" id="main-navbar">
        {isMobile && opened && <MainNav vertical onNavigate={close} />}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        <Container size="lg" py="md" px={{ base: 0, sm: "md" }}>
          <Outlet />
          <ScrollToHash />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
