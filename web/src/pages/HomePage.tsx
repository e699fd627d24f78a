import { Anchor, Grid, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { defaultFramework, frameworkListQuery } from "../api/frameworks";
import { publicFiguresQuery } from "../api/public-map";
import { regionCountQuery } from "../api/regions";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
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
  const figures = useQuery(publicFiguresQuery());
  const figure = (key: "regionsInProgram" | "plansEnacted" | "programsInEnactedPlans" | "quickWinsDone") => ({
    data: figures.data?.[key],
    isPending: figures.isPending,
    isError: figures.isError,
  });
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
          <ButtonLink to="/nasional">{t("homeFigures.openMap")}</ButtonLink>
          <ButtonLink to="/wilayah" variant="default">
            {t("home.exploreRegions")}
          </ButtonLink>
          <ButtonLink to="/kerangka" variant="default">
            {t("home.exploreFramework")}
          </ButtonLink>
          <ButtonLink to="/data" variant="default" data-testid="home-open-data">
            {t("openData.homeLink")}
          </ButtonLink>
        </Group>
      </Stack>

      <section aria-labelledby="gmsc-figures-title">
        <Title order={2} size="h3" id="gmsc-figures-title" mb="sm">
          {t("homeFigures.title")}
        </Title>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <SimpleGrid cols={2} spacing="md" data-testid="gmsc-figures">
              <StatCard label={t("homeFigures.regionsInProgram")} query={figure("regionsInProgram")} />
              <StatCard label={t("homeFigures.plansEnacted")} query={figure("plansEnacted")} />
              <StatCard label={t("homeFigures.programsInEnactedPlans")} query={figure("programsInEnactedPlans")} />
              <StatCard
                label={
                  figures.data?.quickWinsYear
                    ? t("homeFigures.quickWinsDone", { year: figures.data.quickWinsYear })
                    : t("homeFigures.quickWinsDoneNoYear")
                }
                query={figure("quickWinsDone")}
              />
            </SimpleGrid>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder p="sm" radius="md" h="100%">
              <AnchorLink to="/nasional" underline="never" aria-label={t("homeFigures.openMap")}>
                <Image src="/geo/indonesia.svg" alt={t("homeFigures.mapAlt")} fit="contain" h={150} />
              </AnchorLink>
              <Group justify="space-between" mt={4} gap={4}>
                <AnchorLink to="/nasional" size="sm">
                  {t("homeFigures.openMap")} →
                </AnchorLink>
                <Anchor href="/geo/LICENSE-wilayah_boundaries.txt" size="xs" c="dimmed" target="_blank">
                  {t("nationalMap.credit")}
                </Anchor>
              </Group>
            </Paper>
          </Grid.Col>
        </Grid>
      </section>

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
