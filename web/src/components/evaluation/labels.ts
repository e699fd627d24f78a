import { DIRECTION_LABELS, LIGHT_LABELS, type Light } from "../../../../domain/achievement";
import {
  ROUND_BLOCKER_LABELS,
  ROUND_STATUS_LABELS,
  type RoundBlocker,
  type RoundStatus,
} from "../../../../domain/evaluation/round";
import { RESULT_DIMENSIONS } from "../../../../domain/evaluation/schemes";
import { PROGRESS_STATUS_LABELS } from "../../../../domain/monitoring";
import { inLanguage, useLanguage } from "../../i18n/format";

/** Labels of the evaluation that live in domain/ (shared with the server), in the UI language. */
export function useEvaluationLabels() {
  const lang = useLanguage();
  return {
    lang,
    status: (s: RoundStatus) => ROUND_STATUS_LABELS[s]?.[lang] ?? s,
    // The server sends the Indonesian sentence; the code gives the English one.
    blocker: (b: RoundBlocker) => ROUND_BLOCKER_LABELS[b.code]?.[lang] ?? b.message,
    light: (l: string) => LIGHT_LABELS[l as Light]?.[lang] ?? l,
    progressStatus: (s: string) => PROGRESS_STATUS_LABELS[s as keyof typeof PROGRESS_STATUS_LABELS]?.[lang] ?? s,
    direction: (d: string) => DIRECTION_LABELS[d as keyof typeof DIRECTION_LABELS]?.[lang] ?? d,
    /** nameId/nameEn, textId/textEn, … */
    pick: (idValue: string, enValue: string) => inLanguage(lang, idValue, enValue),
  };
}

/** The result dimensions in their fixed order (Baseline, Output, Outcome, Impact, Quick Win). */
export const RESULT_ORDER = RESULT_DIMENSIONS;
