import { Breadcrumbs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../RouterLinks";

/** Wilayah / {region} / {page}: the trail of every page that belongs to one region. */
export function RegionCrumbs({ code, regionName, page }: { code: string; regionName: string; page: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs component="nav" aria-label={t("region.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/wilayah" size="sm">
        {t("nav.regions")}
      </AnchorLink>
      <AnchorLink to="/wilayah/$code" params={{ code }} size="sm">
        {regionName}
      </AnchorLink>
      <Text size="sm" aria-current="page">
        {page}
      </Text>
    </Breadcrumbs>
  );
}
