import { useTranslation } from "react-i18next";
import type { ResultDimension } from "../../../../domain/evaluation/schemes";

/** The name of a result dimension in the reader's language, for forms that have no scheme yet. */
export function useResultDimensionLabels(): (code: ResultDimension) => string {
  const { t } = useTranslation();
  return (code) => t(`evaluationSchemes.result.${code}`);
}
