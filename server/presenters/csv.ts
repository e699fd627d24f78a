import { stringify } from "csv-stringify/sync";

/** A cell value as text; one starting with = + - @ would run as a formula in a spreadsheet, so it is quoted. */
export function safeCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** One CSV line of safe cells. */
export const csvLine = (cells: unknown[]) => stringify([cells.map(safeCell)]);
