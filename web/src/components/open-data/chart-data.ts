import type { ColumnDef } from "../../../../domain/open-data/kinds";
import { YEAR_COLUMNS } from "./search";

/** A value of a row as a number, or null when empty or not a number. */
export function numberOf(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

// Numeric columns that are positions, stages or periods rather than quantities: never summed.
const NOT_QUANTITIES = /^(tahun|semester|peringkat|tahap)/;

export type YearSeries = { years: string[]; series: { key: string; values: (number | null)[] }[] };

/** What the chart of a dataset shows, or null when it has no year column. */
export type ChartPlan =
  | { mode: "realisations"; year: string }
  | { mode: "sum"; year: string; column: ColumnDef }
  | { mode: "count"; year: string };

export function chartPlan(kind: string, columns: ColumnDef[]): ChartPlan | null {
  const year = columns.find((c) => (YEAR_COLUMNS as readonly string[]).includes(c.name))?.name;
  if (!year) return null;
  const names = new Set(columns.map((c) => c.name));
  if (kind === "indicator_realisations" && names.has("realisasi") && names.has("kode_indikator"))
    return { mode: "realisations", year };
  const column = columns.find((c) => (c.type === "integer" || c.type === "number") && !NOT_QUANTITIES.test(c.name));
  return column ? { mode: "sum", year, column } : { mode: "count", year };
}

/** The indicators of a realisations dataset, in order of first appearance: code → name. */
export function indicatorsOf(rows: Record<string, unknown>[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const code = String(r.kode_indikator ?? "");
    if (code && !seen.has(code)) seen.set(code, String(r.nama_indikator ?? code));
  }
  return [...seen].map(([value, name]) => ({ value, label: `${value} — ${name}` }));
}

const sortedYears = (rows: Record<string, unknown>[], year: string) =>
  [...new Set(rows.map((r) => numberOf(r[year])).filter((y): y is number => y !== null))]
    .sort((a, b) => a - b)
    .map(String);

/**
 * Realisation and target per year of one indicator. An annual value (no semester) wins; a year
 * reported only by semester shows its latest semester, since a percentage cannot be summed.
 */
export function realisationSeries(rows: Record<string, unknown>[], indicator: string, year: string): YearSeries {
  const mine = rows.filter((r) => String(r.kode_indikator ?? "") === indicator);
  const years = sortedYears(mine, year);
  const pickRow = (y: string) => {
    const inYear = mine.filter((r) => String(numberOf(r[year])) === y);
    const annual = inYear.find((r) => numberOf(r.semester) === null);
    if (annual) return annual;
    return [...inYear].sort((a, b) => (numberOf(b.semester) ?? 0) - (numberOf(a.semester) ?? 0))[0];
  };
  const picked = years.map(pickRow);
  return {
    years,
    series: [
      { key: "realisasi", values: picked.map((r) => numberOf(r?.realisasi)) },
      { key: "target", values: picked.map((r) => numberOf(r?.target)) },
    ],
  };
}

/** A column summed per year (or rows counted per year when `column` is absent). */
export function sumSeries(rows: Record<string, unknown>[], year: string, column?: string): YearSeries {
  const years = sortedYears(rows, year);
  const totals = new Map<string, number | null>(years.map((y) => [y, null]));
  for (const r of rows) {
    const y = numberOf(r[year]);
    if (y === null) continue;
    const v = column ? numberOf(r[column]) : 1;
    if (v === null) continue;
    totals.set(String(y), (totals.get(String(y)) ?? 0) + v);
  }
  return { years, series: [{ key: column ?? "count", values: years.map((y) => totals.get(y) ?? null) }] };
}
