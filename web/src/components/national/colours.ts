import { GMSC_STATUSES, type GmscStatus, type MapRegion } from "../../../../domain/public-map";

export const COLOUR_MODES = ["status", "cohort", "index"] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

// Blues while joining, greens through Bimtek, violets for an approved and an enacted plan.
export const STATUS_COLOURS: Record<GmscStatus, string> = {
  not_in_program: "#e9ecef",
  candidate: "#d0ebff",
  selected: "#74c0fc",
  mou_signed: "#339af0",
  bimtek_1: "#b2f2bb",
  bimtek_2: "#8ce99a",
  bimtek_3: "#51cf66",
  bimtek_4: "#2f9e44",
  masterplan_approved: "#9775fa",
  perkada_enacted: "#5f3dc4",
};
export const NO_DATA = "#e9ecef";
const YEAR_PALETTE = ["#1c7ed6", "#f08c00", "#2f9e44", "#e03131", "#7048e8", "#0c8599", "#c2255c", "#66a80f"];

// The index is 1–5: five bands, light to dark.
export const INDEX_BANDS = [
  { from: 0, to: 2, colour: "#ffe8cc" },
  { from: 2, to: 2.5, colour: "#ffc078" },
  { from: 2.5, to: 3, colour: "#74c0fc" },
  { from: 3, to: 3.5, colour: "#1c7ed6" },
  { from: 3.5, to: Number.POSITIVE_INFINITY, colour: "#0b3d91" },
] as const;

export type LegendEntry = { key: string; colour: string; count: number };

/** The colour of each region in a mode, and the legend of what is shown (with counts). */
export function colouring(regions: MapRegion[], mode: ColourMode) {
  const years = [...new Set(regions.map((r) => r.cohortYear).filter((y): y is number => y !== null))].sort();
  const yearColour = (y: number) => YEAR_PALETTE[years.indexOf(y) % YEAR_PALETTE.length] ?? NO_DATA;
  const colourOf = (r: MapRegion): string => {
    if (mode === "status") return STATUS_COLOURS[r.status];
    if (mode === "cohort") return r.cohortYear === null ? NO_DATA : yearColour(r.cohortYear);
    if (r.index === null) return NO_DATA;
    const value = r.index;
    return INDEX_BANDS.find((b) => value >= b.from && value < b.to)?.colour ?? NO_DATA;
  };
  const count = (pred: (r: MapRegion) => boolean) => regions.filter(pred).length;
  let legend: LegendEntry[];
  if (mode === "status") {
    legend = GMSC_STATUSES.map((s) => ({ key: s, colour: STATUS_COLOURS[s], count: count((r) => r.status === s) }));
  } else if (mode === "cohort") {
    legend = [
      ...years.map((y) => ({ key: String(y), colour: yearColour(y), count: count((r) => r.cohortYear === y) })),
      { key: "none", colour: NO_DATA, count: count((r) => r.cohortYear === null) },
    ];
  } else {
    legend = [
      ...INDEX_BANDS.map((b) => ({
        key: Number.isFinite(b.to) ? `${b.from}–${b.to}` : `≥ ${b.from}`,
        colour: b.colour,
        count: count((r) => r.index !== null && r.index >= b.from && r.index < b.to),
      })),
      { key: "none", colour: NO_DATA, count: count((r) => r.index === null) },
    ];
  }
  return { colourOf, legend };
}
