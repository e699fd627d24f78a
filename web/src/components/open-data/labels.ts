import { useQueries, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { FrameworkStatus } from "../../../../domain/framework/editor";
import type { Facet, FacetName } from "../../../../domain/open-data/dataset";
import { DATASET_KIND_DEFS, type DatasetKind } from "../../../../domain/open-data/kinds";
import { frameworkListQuery, frameworkQuery } from "../../api/frameworks";
import { useLanguage } from "../../i18n/format";

const THEMES = ["GOVE", "REGI", "ECON", "TECH", "SOCI"] as const;
type Theme = (typeof THEMES)[number];
const isTheme = (code: string): code is Theme => (THEMES as readonly string[]).includes(code);

type Text = { id: string; en: string };
const STATUS_RANK: Record<FrameworkStatus, number> = { published: 0, retired: 1, draft: 2 };

/**
 * The smart city dimensions' names by code, from the frameworks the API holds (few, each cached):
 * a code several frameworks share is named as the default framework names it, else the newest
 * published one.
 */
function useDimensionNames(): ReadonlyMap<string, Text> {
  const list = useQuery(frameworkListQuery());
  const ordered = [...(list.data ?? [])].sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.id - a.id,
  );
  const details = useQueries({ queries: ordered.map((f) => frameworkQuery(f.id)) });
  const names = new Map<string, Text>();
  for (const fw of details)
    for (const d of fw.data?.dimensions ?? [])
      if (!names.has(d.code)) names.set(d.code, { id: d.nameId, en: d.nameEn });
  return names;
}

/** Labels of /data and the dataset page in the current UI language: bilingual fields, themes, facet values. */
export function useOpenDataLabels() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const dimensionNames = useDimensionNames();
  const pick = (text: { id: string; en: string }) => (lang === "en" ? text.en || text.id : text.id);
  const theme = (code: string) => (isTheme(code) ? t(`openData.themes.${code}`) : code);
  const dimensionName = (code: string) => {
    const name = dimensionNames.get(code);
    return name ? pick(name) : undefined;
  };
  const dimension = (code: string) => dimensionName(code) ?? code;
  const kind = (code: string) => {
    const def = DATASET_KIND_DEFS[code as DatasetKind];
    return def ? pick(def.title) : code;
  };
  /** A facet value as people read it: the server's label, translated where the UI knows better. */
  const facetValue = (facet: FacetName, value: Facet[number]) => {
    if (facet === "theme") return theme(value.name);
    if (facet === "dimension") return dimensionName(value.name) ?? (value.label || value.name);
    if (facet === "kind") return kind(value.name);
    return value.label || value.name;
  };
  return { lang, pick, theme, dimension, kind, facetValue };
}
