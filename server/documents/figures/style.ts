/**
 * The look shared by every figure: print size, type, colours that stay apart in greyscale,
 * and Indonesian number formats.
 */

/** Printed width of a figure in points: the A4 text width (21 cm less 3 cm + 2.5 cm margins), a little less. */
export const FIGURE_WIDTH = 436;
/** The tallest a figure may be so it fits an A4 text block (29.7 cm less 5 cm) with its caption. */
export const MAX_FIGURE_HEIGHT = 640;

export const FONT_FAMILY = "Noto Serif";
/** Charts are drawn at print size (1 SVG unit = 1 pt), so these are point sizes; nothing below 7 pt. */
export const FONT = { label: 8, small: 7.5 } as const;
export const INK = "#222222";
export const GRID = "#c8c8c8";

/**
 * Fills ordered by greyscale lightness (luma ≈ 45, 88, 138, 180, 225 of 255), so series stay
 * distinguishable on a black-and-white printer; bars also get a thin dark outline so the
 * palest fill still shows on white paper.
 */
export const PALETTE = ["#17324d", "#a33a2a", "#5aa872", "#e8b03d", "#d9e3ee"] as const;
/** The colour of single-series bars. */
export const BAR = "#2f5d8a";
export const OUTLINE = "#333333";

/** The text style every chart sets at its root. */
export const TEXT_STYLE = { fontFamily: FONT_FAMILY, fontSize: FONT.label, color: INK } as const;
/** ECharts' theme sets axis labels and names to 12 px grey: every axis, legend and label sets these. */
export const LABEL = { fontFamily: FONT_FAMILY, fontSize: FONT.label, color: INK } as const;
export const SMALL = { fontFamily: FONT_FAMILY, fontSize: FONT.small, color: INK } as const;

const decimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** A number in Indonesian notation with up to one decimal: "1.250", "72,5". */
export const formatNumberId = (n: number) => oneDecimal.format(n);

const fixed = [0, 1, 2].map(
  (d) => new Intl.NumberFormat("id-ID", { minimumFractionDigits: d, maximumFractionDigits: d }),
);
/** A score with a fixed number of decimals (0–2), as official results print it: "2,30", "72,5". */
export const formatScoreId = (n: number, digits: 0 | 1 | 2) => (fixed[digits] as Intl.NumberFormat).format(n);

const UNITS = [
  { size: 1e12, long: "triliun", short: "T" },
  { size: 1e9, long: "miliar", short: "M" },
  { size: 1e6, long: "juta", short: "jt" },
] as const;

/** The unit an amount is read in: triliun, miliar or juta (or none below a million). */
export function rupiahUnit(amount: number) {
  return UNITS.find((u) => Math.abs(amount) >= u.size) ?? { size: 1, long: "", short: "" };
}

/** A bar label: "Rp 1,25 miliar", "Rp 350 juta", "Rp 750.000". */
export function rupiahLong(amount: number): string {
  const u = rupiahUnit(amount);
  return u.size === 1 ? `Rp ${decimal.format(amount)}` : `Rp ${decimal.format(amount / u.size)} ${u.long}`;
}

/**
 * Axis ticks in the one unit of the axis maximum, so the ticks read alike: "Rp 0", "Rp 0,5 M", "Rp 1 M".
 */
export function rupiahAxis(max: number): (v: number) => string {
  const u = rupiahUnit(max);
  return (v) => (v === 0 ? "0" : u.size === 1 ? decimal.format(v) : `${oneDecimal.format(v / u.size)} ${u.short}`);
}

/** The axis name of an amount axis: "Rupiah (M = miliar)". */
export function rupiahAxisName(max: number): string {
  const u = rupiahUnit(max);
  return u.size === 1 ? "Rupiah" : `Rupiah (${u.short} = ${u.long})`;
}

/**
 * Text cut to what fits `width` points at `fontSize`, ending in "…". Noto Serif averages about
 * 0.52 em per character in mixed Indonesian text; 0.56 keeps a margin for capitals.
 */
export function fitText(text: string, width: number, fontSize: number = FONT.label): string {
  const max = Math.max(4, Math.floor(width / (fontSize * 0.56)));
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= max
    ? chars.join("")
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/** The category axis of a horizontal bar chart: one label per bar, top to bottom. */
export const categoryAxis = (labels: string[]) => ({
  type: "category" as const,
  inverse: true,
  data: labels,
  axisLabel: LABEL,
  axisTick: { show: false },
  axisLine: { lineStyle: { color: OUTLINE } },
});

/** One series of outlined bars with their value printed at the bar's end. */
export const labelledBars = (data: Array<number | null>, format: (value: number) => string) => ({
  type: "bar" as const,
  barMaxWidth: 16,
  data,
  itemStyle: { color: BAR, borderColor: OUTLINE, borderWidth: 0.5 },
  label: {
    show: true,
    position: "right" as const,
    ...SMALL,
    textBorderWidth: 0,
    formatter: (p: { value: unknown }) => format(Number(p.value)),
  },
});
