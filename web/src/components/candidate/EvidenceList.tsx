import { useTranslation } from "react-i18next";
import type { Evidence } from "../../api/assessment";
import { fileUrl } from "../../api/cohorts";
import { FileLinks } from "../FileLinks";

/** Links to the uploaded evidence files, with their sizes. */
export function EvidenceList({ items }: { items: Evidence[] }) {
  const { t } = useTranslation();
  return (
    <FileLinks
      items={items.map((e) => ({ key: e.id, href: fileUrl(e.file.id), name: e.file.name, size: e.file.size }))}
      empty={t("selfAssessment.noEvidence")}
      testId="evidence-list"
    />
  );
}
