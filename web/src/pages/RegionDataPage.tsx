import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { regionQuery } from "../api/regions";
import { PublicationPanel } from "../components/open-data/PublicationPanel";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { RegionCrumbs } from "../components/region/RegionCrumbs";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/wilayah/$code/data");

/** Wilayah/{kode}/data: the region's datasets, published or withdrawn by its walidata (the API's `can` decides). */
export function RegionDataPage() {
  return <RequireSession>{() => <RegionDataView />}</RequireSession>;
}

function RegionDataView() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const region = useQuery(regionQuery(code));
  const regionName = region.data?.displayName ?? code;
  const title = t("openData.manage.regionTitle", { region: regionName });
  usePageTitle(title);

  return (
    <>
      <RegionCrumbs code={code} regionName={regionName} page={t("openData.nav")} />
      <PageHeader title={title} description={t("openData.manage.lead")} testId="region-data-title" />
      <PublicationPanel scope={{ region: code }} />
    </>
  );
}
