// Quick-win progress template: one row per quick win and year it may be reported for, checked
// with the same progress rules as program progress.

import {
  type ColumnDef,
  type PlanLookup,
  PROGRESS_FIELD_COLUMNS,
  type ProgressFields,
  ProgressFieldsChecker,
} from "./monitoring-import";

export const QUICK_WIN_COLUMNS = [
  { key: "quickWinId", header: "ID Quick Win", required: true, hint: "penanda quick win; jangan diubah" },
  { key: "programCode", header: "Kode Program", required: false, hint: "hanya dibaca" },
  { key: "opd", header: "OPD", required: false, hint: "hanya dibaca" },
  { key: "target", header: "Target Quick Win", required: false, hint: "hanya dibaca" },
  { key: "year", header: "Tahun", required: true, hint: "dari tahun quick win sampai akhir periode masterplan" },
  ...PROGRESS_FIELD_COLUMNS,
] as const satisfies ReadonlyArray<ColumnDef<string>>;
export type QuickWinColumn = (typeof QUICK_WIN_COLUMNS)[number]["key"];

/** The plan lookup plus the plan's quick wins by id. */
export type QuickWinLookup = PlanLookup & {
  quickWin(id: number): { id: number; programCode: string; ownerOpdId: number | null; year: number } | undefined;
};

export type QuickWinProgressRecord = { row: number; quickWinId: number; year: number } & ProgressFields;

/** Checks quick-win progress rows one by one and collects the issues. */
export class QuickWinProgressRowChecker extends ProgressFieldsChecker<QuickWinColumn> {
  constructor(private readonly lookup: QuickWinLookup) {
    super(QUICK_WIN_COLUMNS, lookup);
  }

  private quickWinOf(row: number, text: string | undefined) {
    const v = (text ?? "").trim();
    if (!v) {
      this.issue(row, "quickWinId", "ID quick win wajib diisi", v);
      return undefined;
    }
    const q = /^\d{1,9}$/.test(v) ? this.lookup.quickWin(Number(v)) : undefined;
    if (!q) this.issue(row, "quickWinId", `Quick win "${v}" tidak ada dalam masterplan ini`, v);
    else if (!this.lookup.mayEnter(q.ownerOpdId))
      this.issue(
        row,
        "quickWinId",
        `Quick win ${q.id} (program ${q.programCode}) milik OPD lain; Anda hanya dapat mengisi quick win OPD Anda`,
        v,
      );
    else return q;
    return undefined;
  }

  /** The record of a row, `"skip"` for a row without a status or figures, or null when the row has issues. */
  check(row: number, cells: Partial<Record<QuickWinColumn, string>>): QuickWinProgressRecord | "skip" | null {
    if (this.blank(cells)) return "skip";
    const before = this.issues.length;
    const q = this.quickWinOf(row, cells.quickWinId);
    const span = q ? { from: q.year, to: this.lookup.period.periodEnd } : undefined;
    const year = this.yearIn(row, cells.year, "year", span, "Quick win");
    const fields = this.fieldsOf(row, cells);
    if (this.issues.length > before || !q || year === undefined || !fields) return null;
    const first = this.duplicateOf(`${q.id}:${year}`, row);
    if (first !== null) {
      this.issue(row, "year", `Baris ganda: quick win ${q.id} tahun ${year} sudah ada pada baris ${first}`, cells.year);
      return null;
    }
    return { row, quickWinId: q.id, year, ...fields };
  }
}
