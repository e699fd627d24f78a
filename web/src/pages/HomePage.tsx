import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { defaultFramework, frameworkListQuery } from "../api/frameworks";
import { regionCountQuery } from "../api/regions";
import { ButtonLink } from "../components/RouterLinks";
import { StatCard } from "../components/StatCard";
import { usePageTitle } from "../components/use-page-title";

/** Beranda: what GMSC and the platform are, with live key figures. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(undefined);

  const provinces = useQuery(regionCountQuery("provinsi"));
  const kabupaten = useQuery(regionCountQuery("kabupaten"));
  const kota = useQuery(regionCountQuery("kota"));
  const frameworks = useQuery(frameworkListQuery());
  const framework = frameworks.data ? defaultFramework(frameworks.data) : undefined;
  const dimensions = {
    data: framework?.dimensionCount,
    isPending: frameworks.isPending,
    isError: frameworks.isError || (frameworks.isSuccess && !framework),
  };

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t("home.title")}</Title>
        <Text size="lg" maw={760}>
          {t("home.lead")}
        </Text>
        <Group gap="sm" mt="xs">
          <ButtonLink to="/wilayah">{t("home.exploreRegions")}</ButtonLink>
          <ButtonLink to="/kerangka" variant="default">
            {t("home.exploreFramework")}
          </ButtonLink>
        </Group>
      </Stack>

      <section aria-labelledby="figures-title">
        <Title order={2} size="h3" id="figures-title" mb="sm">
          {t("home.figuresTitle")}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <StatCard label={t("home.figureProvinces")} query={provinces} />
          <StatCard label={t("home.figureKabupaten")} query={kabupaten} />
          <StatCard label={t("home.figureKota")} query={kota} />
          <StatCard
            label={
              framework
                ? t("home.figureDimensions", { framework: framework.name })
                : t("home.figureDimensionsNoFramework")
            }
            query={dimensions}
          />
        </SimpleGrid>
      </section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="about-title">
          <Title order={2} size="h4" id="about-title" mb="xs">
            {t("home.aboutTitle")}
          </Title>
          <Text>{t("home.about")}</Text>
        </Paper>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="platform-title">
          <Title order={2} size="h4" id="platform-title" mb="xs">
            {t("home.platformTitle")}
          </Title>
          <Text>{t("home.platform")}</Text>
          <Text mt="sm" size="sm" c="dimmed">
            {t("home.availableNow")}
          </Text>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
