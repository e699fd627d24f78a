import type { TFunction } from "i18next";
import type { StageOut } from "../../../../domain/bimtek";

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

/** "Tahap II" / "Stage II". */
export function stageLabel(t: TFunction, n: number): string {
  return t("bimtek.stage", { number: ROMAN[n] ?? String(n) });
}

/**
 * Why a stage cannot close, in the reader's words: "Tahap II belum dapat ditutup: Tahap I belum ditutup",
 * or the list of required deliverables still waiting for approval.
 */
export function gateMessage(
  t: TFunction,
  stage: Pick<StageOut, "number" | "deliverables">,
  code: string,
  pending: string[],
  lang: "id" | "en",
): string {
  const stageName = stageLabel(t, stage.number);
  if (code === "previous_stage_open") {
    return t("bimtek.gate.previous_stage_open", { stage: stageName, previous: stageLabel(t, stage.number - 1) });
  }
  if (code === "deliverables_not_approved") {
    // The server names them in Indonesian; the English page shows their English names.
    const names = pending.map((name) => {
      const d = stage.deliverables.find((x) => x.template.nameId === name);
      return d && lang === "en" ? d.template.nameEn : name;
    });
    return t("bimtek.gate.deliverables_not_approved", { stage: stageName, pending: names.join(", ") });
  }
  if (code === "stage_already_closed") return t("bimtek.gate.stage_already_closed", { stage: stageName });
  return "";
}
