import { Breadcrumbs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { MasterplanOut } from "../../../../domain/masterplan-responses";
import { opdListQuery } from "../../api/opds";
import { regionQuery } from "../../api/regions";
import { AnchorLink } from "../RouterLinks";

/** The region's name once loaded (its code until then). */
export function useRegionName(code: string | undefined): string {
  const region = useQuery({ ...regionQuery(code ?? ""), enabled: Boolean(code) });
  return region.data?.displayName ?? code ?? "";
}

/** OPD abbreviations by id; people who may not read the region's OPD list see "—" instead. */
export function useOpdNames(regionCode: string | undefined) {
  const opds = useQuery({ ...opdListQuery(regionCode ?? ""), enabled: Boolean(regionCode), retry: false });
  const list = opds.data?.data ?? [];
  return {
    opds: list,
    opdName: (id: number | null) => (id === null ? "—" : (list.find((o) => o.id === id)?.abbreviation ?? "—")),
  };
}

type Props = { plan?: MasterplanOut; regionName: string; program?: { id: number; name: string } };

/** Wilayah › region › Masterplan › Monitoring (› program). */
export function MonitoringCrumbs({ plan, regionName, program }: Props) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs component="nav" aria-label={t("monitoring.breadcrumb")} mb="md" separatorMargin={6}>
      <AnchorLink to="/wilayah" size="sm">
        {t("nav.regions")}
      </AnchorLink>
      {plan && (
        <AnchorLink to="/wilayah/$code" params={{ code: plan.regionCode }} size="sm">
          {regionName}
        </AnchorLink>
      )}
      {plan && (
        <AnchorLink to="/masterplan/$id" params={{ id: String(plan.id) }} size="sm">
          {t("masterplan.section")}
        </AnchorLink>
      )}
      {plan && program ? (
        <AnchorLink
          to="/masterplan/$id/monitoring"
          params={{ id: String(plan.id) }}
          search={{ tab: "program" }}
          size="sm"
        >
          {t("monitoring.title")}
        </AnchorLink>
      ) : (
        <Text size="sm" aria-current="page">
          {t("monitoring.title")}
        </Text>
      )}
      {program && (
        <Text size="sm" aria-current="page">
          {program.name}
        </Text>
      )}
    </Breadcrumbs>
  );
}
