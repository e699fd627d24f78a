import { Breadcrumbs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isNationalAdmin } from "../api/session";
import { ForbiddenState } from "../components/AccessStates";
import { PublicationPanel } from "../components/open-data/PublicationPanel";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

/** /data/kelola: the national datasets, published or withdrawn by the program office. */
export function NationalDataPage() {
  const { t } = useTranslation();
  usePageTitle(t("openData.manage.nationalTitle"));
  return (
    <RequireSession>
      {(me) =>
        isNationalAdmin(me) ? (
          <>
            <Breadcrumbs component="nav" aria-label={t("openData.dataset.breadcrumb")} mb="md" separatorMargin={6}>
              <AnchorLink to="/data" size="sm">
                {t("openData.search.title")}
              </AnchorLink>
              <Text size="sm" aria-current="page">
                {t("openData.manageNav")}
              </Text>
            </Breadcrumbs>
            <PageHeader
              title={t("openData.manage.nationalTitle")}
              description={t("openData.manage.nationalLead")}
              testId="national-data-title"
            />
            <PublicationPanel scope="national" />
          </>
        ) : (
          <ForbiddenState />
        )
      }
    </RequireSession>
  );
}
