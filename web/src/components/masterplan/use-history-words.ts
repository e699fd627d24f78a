import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { HistoryEventOut } from "../../../../domain/masterplan-review";
import { frameworkQuery } from "../../api/frameworks";
import { masterplanQuery, programsQuery } from "../../api/masterplans";
import { opdListQuery } from "../../api/opds";
import { enMasterplanEdit } from "../../i18n/en-masterplan-edit";
import { formatDate, formatFileSize, inLanguage, useLanguage } from "../../i18n/format";
import { idMasterplanEdit } from "../../i18n/id-masterplan-edit";
import { useDomainLabels } from "../../i18n/labels";
import { historyLines, type ValueContext } from "./history-fields";

/**
 * What the history needs to speak in words: the plan's framework (dimension and element
 * names), its region's OPDs and, for quick wins and imports, its programs. All of them are
 * usually in the query cache already; a reader who may not list OPDs still sees ids.
 */
export function useHistoryWords(planId: number, entityType: string) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labels = useDomainLabels();
  const plan = useQuery(masterplanQuery(planId));
  const framework = useQuery({ ...frameworkQuery(plan.data?.frameworkId ?? 0), enabled: Boolean(plan.data) });
  const opds = useQuery({ ...opdListQuery(plan.data?.regionCode ?? ""), enabled: Boolean(plan.data), retry: false });
  const needsPrograms = entityType === "quick_win" || entityType === "masterplan";
  const programs = useQuery({ ...programsQuery(planId, {}, 1, 500), enabled: needsPrograms });

  const dims = framework.data?.dimensions ?? [];
  const ctx: ValueContext = {
    lang,
    empty: t("masterplan.review.emptyValue"),
    yes: t("masterplan.fields.values.yes"),
    no: t("masterplan.fields.values.no"),
    total: (amount) => t("masterplan.fields.values.total", { amount }),
    items: (count) => t("masterplan.fields.values.items", { count }),
    date: (d) => formatDate(d, lang),
    fileSize: (b) => formatFileSize(b, lang),
    opdName: (id) => {
      const o = opds.data?.data.find((x) => x.id === id);
      return o ? `${o.abbreviation} — ${o.name}` : undefined;
    },
    programName: (id) => programs.data?.data.find((p) => p.id === id)?.name,
    dimensionName: (code) => {
      const d = dims.find((x) => x.code === code);
      return d ? inLanguage(lang, d.nameId, d.nameEn) : undefined;
    },
    elementName: (code) => {
      const e = dims.flatMap((d) => d.elements).find((x) => x.code === code);
      return e ? inLanguage(lang, e.nameId, e.nameEn) : undefined;
    },
    term: (term) => labels.term(term as Parameters<typeof labels.term>[0]),
    status: (status) => labels.masterplanStatus(status as Parameters<typeof labels.masterplanStatus>[0]),
    governanceKind: (kind) => labels.governanceKind(kind as Parameters<typeof labels.governanceKind>[0]),
    priority: (n) => t("masterplan.program.priorityN", { n }),
  };
  const dict = (lang === "en" ? enMasterplanEdit : idMasterplanEdit).fields;
  return { lines: (event: HistoryEventOut) => historyLines(event.entityType, event.changes, dict, ctx) };
}
