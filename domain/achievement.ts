import { z } from "zod";

/**
 * Achievement (capaian) of an indicator against its target, in percent.
 *
 * - Higher is better ("semakin besar semakin baik"): realisation ÷ target × 100.
 * - Lower is better ("semakin kecil semakin baik"): (2 × target − realisation) ÷ target × 100,
 *   the formula KemenPAN-RB's performance-management guide gives for indicators of this
 *   "special condition" as (1 + (1 − realisation ÷ target)) × 100 and that regional LKjIP
 *   reports write as (target − (realisation − target)) ÷ target × 100. It is symmetric with
 *   the first: 10 % under a target of 8 months (7,2) scores 110, 10 % over (8,8) scores 90.
 *   Target ÷ realisation was not chosen: it is not linear and divides by zero at a perfect 0.
 *
 * - Clamp: the result is kept between 0 and 120. Below 0 means nothing more than "missed"
 *   (a lower-is-better realisation above twice its target), and above 120 over-achievement
 *   would hide shortfalls elsewhere in an average; 120 is the ceiling Kementerian Keuangan
 *   puts on IKU achievement and the value KemenPAN-RB converts achievements above 110 % to.
 *   `raw` keeps the unclamped figure.
 * - Missing data: no target or no realisation gives `null`, never 0 (an empty cell is not a failure).
 * - Zero target, handled explicitly because the ratios divide by it:
 *   realisation 0 → 100 (met exactly); higher is better with realisation > 0 → 120 (beyond any
 *   ratio, capped); lower is better with realisation > 0 → 0 (a target of none was missed).
 * - Negative targets (a decline written as −2 %) make the ratios meaningless: `null` with basis
 *   `negative_target`; write such targets as a positive indicator with the right direction.
 */
export const DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export const Direction = z.enum(DIRECTIONS, "Pilih arah: semakin tinggi semakin baik, atau semakin rendah");
export type Direction = z.infer<typeof Direction>;

export const DIRECTION_LABELS: Record<Direction, { id: string; en: string }> = {
  higher_is_better: { id: "Semakin tinggi semakin baik", en: "Higher is better" },
  lower_is_better: { id: "Semakin rendah semakin baik", en: "Lower is better" },
};

/** Bounds of the reported achievement, in percent. */
export const ACHIEVEMENT_MIN = 0;
export const ACHIEVEMENT_MAX = 120;

export type AchievementBasis = "ratio" | "zero_target" | "missing_target" | "missing_realisation" | "negative_target";

export type Achievement = {
  /** Percent between 0 and 120, rounded to two decimals; null when it cannot be computed. */
  value: number | null;
  /** The unclamped percent, for those who need to see over-achievement. */
  raw: number | null;
  basis: AchievementBasis;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => Math.min(ACHIEVEMENT_MAX, Math.max(ACHIEVEMENT_MIN, n));

/** Achievement of a realisation against a target for an indicator's direction (see the module comment). */
export function achievement(
  direction: Direction,
  target: number | null | undefined,
  realisation: number | null | undefined,
): Achievement {
  if (target === null || target === undefined || !Number.isFinite(target))
    return { value: null, raw: null, basis: "missing_target" };
  if (realisation === null || realisation === undefined || !Number.isFinite(realisation))
    return { value: null, raw: null, basis: "missing_realisation" };
  if (target < 0) return { value: null, raw: null, basis: "negative_target" };
  if (target === 0) {
    const v = realisation === 0 ? 100 : direction === "higher_is_better" ? ACHIEVEMENT_MAX : ACHIEVEMENT_MIN;
    return { value: v, raw: v, basis: "zero_target" };
  }
  const raw =
    direction === "higher_is_better" ? (realisation / target) * 100 : ((2 * target - realisation) / target) * 100;
  return { value: round2(clamp(raw)), raw: round2(raw), basis: "ratio" };
}

/** Traffic-light colours of an achievement; `none` when there is nothing to judge. */
export const LIGHTS = ["green", "yellow", "red", "none"] as const;
export type Light = (typeof LIGHTS)[number];

/**
 * Thresholds as data, checked from the top: at least 90 % is green, at least 70 % yellow,
 * anything lower red. A region may someday get its own table; the function takes it.
 */
export const DEFAULT_LIGHT_THRESHOLDS: ReadonlyArray<{ min: number; light: Exclude<Light, "none"> }> = [
  { min: 90, light: "green" },
  { min: 70, light: "yellow" },
  { min: Number.NEGATIVE_INFINITY, light: "red" },
];

export const LIGHT_LABELS: Record<Light, { id: string; en: string }> = {
  green: { id: "Tercapai", en: "On target" },
  yellow: { id: "Perlu perhatian", en: "Needs attention" },
  red: { id: "Tidak tercapai", en: "Off target" },
  none: { id: "Belum ada data", en: "No data" },
};

/** The light of an achievement percent under the thresholds (first whose minimum it reaches). */
export function lightOf(value: number | null, thresholds = DEFAULT_LIGHT_THRESHOLDS): Light {
  if (value === null) return "none";
  return thresholds.find((t) => value >= t.min)?.light ?? "red";
}

/** Mean of the achievements that exist (nulls are left out, not counted as 0); null when none exist. */
export function meanAchievement(values: Array<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (!present.length) return null;
  return round2(present.reduce((s, v) => s + v, 0) / present.length);
}
