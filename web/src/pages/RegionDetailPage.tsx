import { Breadcrumbs, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { displayRegionName, type RegionDetail } from "../../../domain/regions";
import { ApiError } from "../api/client";
import { regionQuery } from "../api/regions";
import { isNationalAdmin, meQuery } from "../api/session";
import { DeferCharts } from "../components/chart-loading";
import { RegionCandidacies } from "../components/cohort/RegionCandidacies";
import { ErrorState } from "../components/ErrorState";
import { Fact } from "../components/Fact";
import { RegionMasterplans } from "../components/masterplan/RegionMasterplans";
import { OpdSummary } from "../components/opd/OpdSummary";
import { RegionOpenData } from "../components/open-data/RegionOpenData";
import { RegionTypeBadge } from "../components/RegionTypeBadge";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { PublicRegion } from "../components/region/PublicRegion";
import { RegionEmblem } from "../components/region/RegionEmblem";
import { usePageTitle } from "../components/use-page-title";
import { useFormatNumber } from "../i18n/format";

const route = getRouteApi("/wilayah/$code");

/** A malformed code (422) is, for the reader, a region that does not exist. */
function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === "validation_failed");
}

/** Wilayah/{kode}: one province, kabupaten or kota; for a kab/kota, its public page (participation, enacted plan, progress). */
export function RegionDetailPage() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const region = useQuery(regionQuery(code));
  usePageTitle(region.data?.displayName ?? code);

  const crumbs = (
    <Breadcrumbs component="nav" aria-label={t("region.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/wilayah" size="sm">
        {t("nav.regions")}
      </AnchorLink>
      {region.data && region.data.type !== "provinsi" && (
        <AnchorLink to="/wilayah/$code" params={{ code: region.data.province.code }} size="sm">
          {displayRegionName({ name: region.data.province.name, type: "provinsi" })}
        </AnchorLink>
      )}
      <Text size="sm" aria-current="page">
        {region.data?.displayName ?? code}
      </Text>
    </Breadcrumbs>
  );

  if (region.isPending) {
    return (
      <>
        {crumbs}
        <Skeleton height={36} width="40%" mb="md" />
        <Skeleton height={120} />
      </>
    );
  }

  if (region.isError) {
    return (
      <>
        {crumbs}
        {isMissing(region.error) ? (
          <Paper withBorder p="xl" radius="md">
            <Title order={1} size="h2" mb="xs">
              {t("region.notFoundTitle")}
            </Title>
            <Text mb="md">{t("region.notFound", { code })}</Text>
            <ButtonLink to="/wilayah" variant="light">
              {t("region.backToList")}
            </ButtonLink>
          </Paper>
        ) : (
          <ErrorState error={region.error} onRetry={() => void region.refetch()} />
        )}
      </>
    );
  }

  return (
    <>
      {crumbs}
      <RegionView region={region.data} />
    </>
  );
}

function RegionView({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  // The region's own people (and the admin) see its candidacies; the public page stays public.
  const me = useQuery(meQuery()).data ?? null;
  const member = isNationalAdmin(me) || Boolean(me?.data.memberships.some((m) => m.regionCode === region.code));
  const formatNumber = useFormatNumber();
  const provinceName = displayRegionName({ name: region.province.name, type: "provinsi" });

  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <Title order={1} size="h2" data-testid="region-title">
          {region.displayName}
        </Title>
        <RegionTypeBadge type={region.type} />
      </Group>
      <RegionEmblem code={region.code} regionName={region.displayName} />

      <Paper withBorder p="lg" radius="md">
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" m={0}>
          <Fact label={t("region.code")}>
            <Text span ff="monospace" inherit>
              {region.code}
            </Text>
          </Fact>
          <Fact label={t("region.type")}>{t(`regionType.${region.type}`)}</Fact>
          {region.type !== "provinsi" && (
            <Fact label={t("region.province")}>
              <AnchorLink to="/wilayah/$code" params={{ code: region.province.code }} inherit>
                {provinceName}
              </AnchorLink>
            </Fact>
          )}
          {region.counts && (
            <>
              <Fact label={t("region.kabupatenCount")}>{formatNumber(region.counts.kabupaten)}</Fact>
              <Fact label={t("region.kotaCount")}>{formatNumber(region.counts.kota)}</Fact>
            </>
          )}
        </SimpleGrid>
      </Paper>

      {region.type !== "provinsi" && (
        <DeferCharts>
          <PublicRegion code={region.code} />
        </DeferCharts>
      )}

      {region.type !== "provinsi" && <RegionOpenData code={region.code} />}

      <OpdSummary code={region.code} />

      {member && region.type !== "provinsi" && <RegionCandidacies code={region.code} />}

      {me && region.type !== "provinsi" && <RegionMasterplans code={region.code} regionName={region.displayName} />}

      {region.type === "provinsi" && (
        <div>
          <ButtonLink to="/wilayah" search={{ province: region.code }} variant="light">
            {t("region.listRegions", { name: region.displayName })}
          </ButtonLink>
        </div>
      )}
    </Stack>
  );
}
