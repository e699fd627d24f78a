import { useTranslation } from "react-i18next";
import type { Facet, FacetName } from "../../../../domain/open-data/dataset";
import { DATASET_KIND_DEFS, type DatasetKind } from "../../../../domain/open-data/kinds";
import { useLanguage } from "../../i18n/format";

const THEMES = ["GOVE", "REGI", "ECON", "TECH", "SOCI"] as const;
type Theme = (typeof THEMES)[number];
const isTheme = (code: string): code is Theme => (THEMES as readonly string[]).includes(code);

// The six GMSC dimensions are named "Smart Governance" … in both languages; the codes are their last word.
const DIMENSIONS = new Set(["governance", "branding", "economy", "living", "society", "environment"]);

/** Labels of /data and the dataset page in the current UI language: bilingual fields, themes, facet values. */
export function useOpenDataLabels() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pick = (text: { id: string; en: string }) => (lang === "en" ? text.en || text.id : text.id);
  const theme = (code: string) => (isTheme(code) ? t(`openData.themes.${code}`) : code);
  const dimension = (code: string) => (DIMENSIONS.has(code) ? `Smart ${code[0]?.toUpperCase()}${code.slice(1)}` : code);
  const kind = (code: string) => {
    const def = DATASET_KIND_DEFS[code as DatasetKind];
    return def ? pick(def.title) : code;
  };
  /** A facet value as people read it: the server's label, translated where the UI knows better. */
  const facetValue = (facet: FacetName, value: Facet[number]) => {
    if (facet === "theme") return theme(value.name);
    if (facet === "dimension") return dimension(value.name);
    if (facet === "kind") return kind(value.name);
    return value.label || value.name;
  };
  return { lang, pick, theme, dimension, kind, facetValue };
}
