import { Paper, Text, Title } from "@mantine/core";
import { useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

/** Any address the router does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const pathname = useLocation({ select: (location) => location.pathname });
  usePageTitle(t("notFound.title"));
  return (
    <Paper withBorder p="xl" radius="md" maw={640} mx="auto" mt="xl" ta="center">
      <Text fz={48} fw={800} c="dimmed" lh={1} aria-hidden="true">
        404
      </Text>
      <Title order={1} size="h2" mt="sm" mb="xs">
        {t("notFound.title")}
      </Title>
      <Text mb="lg">{t("notFound.body", { path: pathname })}</Text>
      <ButtonLink to="/">{t("notFound.home")}</ButtonLink>
    </Paper>
  );
}
