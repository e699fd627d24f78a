import { useTranslation } from "react-i18next";
import { type EvaluationDetail, evidenceUrl } from "../../api/evaluations";
import { FileLinks } from "../FileLinks";

type Evidence = EvaluationDetail["evidence"][number];

/** Links to an evaluation's evidence files (downloaded through the evaluation, so scoping applies). */
export function EvidenceLinks({ evaluationId, items }: { evaluationId: number; items: Evidence[] }) {
  const { t } = useTranslation();
  return (
    <FileLinks
      items={items.map((e) => ({
        key: e.id,
        href: evidenceUrl(evaluationId, e.id),
        name: e.file.name,
        size: e.file.size,
      }))}
      empty={t("evaluation.self.noEvidence")}
      testId="eval-evidence-list"
      linkTestId="eval-evidence"
    />
  );
}
