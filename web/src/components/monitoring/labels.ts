import { DIRECTION_LABELS, type Direction, LIGHT_LABELS, type Light } from "../../../../domain/achievement";
import { FREQUENCY_LABELS, type Frequency, INDICATOR_FIELD_LABELS } from "../../../../domain/indicator-api";
import {
  PROGRESS_STATUS_LABELS,
  type ProgressStatus,
  REALISATION_STATUS_LABELS,
  type RealisationStatus,
} from "../../../../domain/monitoring";
import { formatRupiah } from "../../../../domain/rupiah";
import { formatDecimal, formatNumber, inLanguage, useLanguage } from "../../i18n/format";

/** Colours of the traffic light and of the progress statuses, one place for every view. */
export const LIGHT_COLORS: Record<Light, string> = { green: "green", yellow: "yellow", red: "red", none: "gray" };
export const PROGRESS_COLORS: Record<ProgressStatus | "no_data", string> = {
  not_started: "gray",
  on_track: "blue",
  delayed: "orange",
  done: "green",
  cancelled: "dark",
  no_data: "red",
};
export const REALISATION_COLORS: Record<RealisationStatus, string> = {
  entered: "blue",
  verified: "green",
  returned: "orange",
};
/** Chart colours (hex: ECharts does not read Mantine's names). */
export const CHART = {
  target: "#868e96",
  value: "#1c7ed6",
  planned: "#adb5bd",
  allocated: "#74c0fc",
  realised: "#0ca678",
};

/** Domain labels and number formats of monitoring in the current UI language. */
export function useMonitoringLabels() {
  const lang = useLanguage();
  return {
    lang,
    pick: (idText: string, enText: string) => inLanguage(lang, idText, enText),
    light: (l: Light) => LIGHT_LABELS[l][lang],
    progressStatus: (s: ProgressStatus) => PROGRESS_STATUS_LABELS[s][lang],
    realisationStatus: (s: RealisationStatus) => REALISATION_STATUS_LABELS[s][lang],
    direction: (d: Direction) => DIRECTION_LABELS[d][lang],
    frequency: (f: Frequency) => FREQUENCY_LABELS[f][lang],
    field: (k: keyof typeof INDICATOR_FIELD_LABELS) => INDICATOR_FIELD_LABELS[k][lang],
    /** A value as people read it: "1.234,5" (id); integers without decimals. */
    value: (n: number | null | undefined) =>
      n === null || n === undefined
        ? "—"
        : Number.isInteger(n)
          ? formatNumber(n, lang)
          : new Intl.NumberFormat(lang === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 4 }).format(n),
    percent: (n: number | null | undefined) => (n === null || n === undefined ? "—" : `${formatDecimal(n, lang, 2)}%`),
    rupiah: (n: number | null | undefined) => (n === null || n === undefined ? "—" : formatRupiah(n, lang)),
  };
}

export type MonitoringLabels = ReturnType<typeof useMonitoringLabels>;
