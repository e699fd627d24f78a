// Columns of the monitoring templates and the check of one imported row against a plan. The
// same checker serves the web import (XLSX/CSV) and the command-line import of large CSV files.

import { codeKey } from "./indicator-api";
import type { ImportRowIssue } from "./masterplan-review";
import {
  PROGRESS_STATUS_LABELS,
  PROGRESS_STATUSES,
  type ProgressStatus,
  parseDecimal,
  parseRupiahCell,
  progressProblems,
  type RealisationStatus,
  realisationYearProblem,
  yearProblem,
} from "./monitoring";

export type ColumnDef<K extends string> = { key: K; header: string; required: boolean; hint: string };

/** Realisation template: one row per program indicator and year; the grey columns are for reading only. */
export const REALISATION_COLUMNS = [
  { key: "programCode", header: "Kode Program", required: true, hint: "mis. P-01" },
  { key: "programName", header: "Nama Program", required: false, hint: "hanya dibaca" },
  { key: "opd", header: "OPD", required: false, hint: "hanya dibaca" },
  { key: "indicatorCode", header: "Kode Indikator", required: true, hint: "" },
  { key: "indicatorName", header: "Nama Indikator", required: false, hint: "hanya dibaca" },
  { key: "unit", header: "Satuan", required: true, hint: "harus sama dengan satuan indikator" },
  { key: "year", header: "Tahun", required: true, hint: "di dalam periode masterplan" },
  { key: "semester", header: "Semester", required: false, hint: "kosong = setahun; 1 atau 2" },
  { key: "target", header: "Target", required: false, hint: "hanya dibaca" },
  { key: "value", header: "Realisasi", required: true, hint: "angka; 1.234,5 atau 1234.5; kosong = dilewati" },
  { key: "note", header: "Catatan", required: false, hint: "" },
] as const satisfies ReadonlyArray<ColumnDef<string>>;
export type RealisationColumn = (typeof REALISATION_COLUMNS)[number]["key"];

/** The fields of a yearly progress entry (programs and quick wins alike), as the single-entry API takes them. */
export const PROGRESS_FIELD_COLUMNS = [
  {
    key: "status",
    header: "Status",
    required: true,
    hint: "belum mulai, sesuai jadwal, terlambat, selesai, dibatalkan; kosong = dilewati",
  },
  { key: "physicalProgress", header: "Progres Fisik (%)", required: false, hint: "0–100" },
  { key: "budgetAllocated", header: "Pagu Anggaran (Rp)", required: false, hint: "Rupiah penuh, mis. 1.250.000.000" },
  { key: "budgetRealised", header: "Realisasi Anggaran (Rp)", required: false, hint: "tidak melebihi pagu" },
  { key: "note", header: "Catatan", required: false, hint: "" },
] as const satisfies ReadonlyArray<ColumnDef<string>>;
type ProgressFieldKey = (typeof PROGRESS_FIELD_COLUMNS)[number]["key"] | "year";

/** Progress template: one row per program and year. */
export const PROGRESS_COLUMNS = [
  { key: "programCode", header: "Kode Program", required: true, hint: "mis. P-01" },
  { key: "programName", header: "Nama Program", required: false, hint: "hanya dibaca" },
  { key: "opd", header: "OPD", required: false, hint: "hanya dibaca" },
  { key: "year", header: "Tahun", required: true, hint: "tahun program berjalan" },
  ...PROGRESS_FIELD_COLUMNS,
] as const satisfies ReadonlyArray<ColumnDef<string>>;
export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number]["key"];

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** Which sheet column holds which field, from the header row; missing required columns are issues of row 1. */
export function mapColumns<K extends string>(
  columns: ReadonlyArray<ColumnDef<K>>,
  header: string[],
): { index: Partial<Record<K, number>>; issues: ImportRowIssue[] } {
  const index: Partial<Record<K, number>> = {};
  header.forEach((h, i) => {
    const col = columns.find((c) => norm(c.header) === norm(h) || norm(c.key) === norm(h));
    if (col && index[col.key] === undefined) index[col.key] = i;
  });
  const issues = columns
    .filter((c) => c.required && index[c.key] === undefined)
    .map((c) => ({
      row: 1,
      column: c.header,
      value: null,
      message: `Kolom "${c.header}" tidak ditemukan pada baris judul`,
    }));
  return { index, issues };
}

/** The cells of a sheet row by field. */
export function cellsOf<K extends string>(
  index: Partial<Record<K, number>>,
  raw: string[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [key, at] of Object.entries(index) as Array<[K, number]>) out[key] = (raw[at] ?? "").trim();
  return out;
}

/** What the row checks need to know about the plan, loaded once per import. */
type Program = { id: number; code: string; ownerOpdId: number | null; startYear: number; endYear: number };
type ProgramIndicatorLink = { id: number; unit: string };
export type PlanLookup = {
  period: { periodStart: number; periodEnd: number };
  /** A program by its code key (codeKey). */
  program(code: string): Program | undefined;
  /** A program's indicator by the indicator's code key. */
  programIndicator(programId: number, indicatorCode: string): ProgramIndicatorLink | undefined;
  /** Whether the importing person may enter values for a program of this OPD. */
  mayEnter(ownerOpdId: number | null): boolean;
  /** The status of a realisation already stored for that period, if any. */
  existingRealisation(programIndicatorId: number, year: number, semester: number | null): RealisationStatus | undefined;
};

export type RealisationRecord = {
  row: number;
  programIndicatorId: number;
  year: number;
  semester: 1 | 2 | null;
  value: number;
  note: string;
};

function yearOf(text: string | undefined): number | undefined {
  const v = (text ?? "").trim();
  if (!v) return undefined;
  return /^\d{4}$/.test(v) ? Number(v) : Number.NaN;
}

/**
 * Which row first gave each period (year, or a semester of it) of each program indicator,
 * kept as numbers in one small array per indicator rather than as text keys: a file of a
 * million realisations is checked for duplicates without a million strings. Years must be
 * inside the plan period (checked before).
 */
class PeriodRows {
  private readonly byIndicator = new Map<number, Int32Array>();
  constructor(private readonly period: { periodStart: number; periodEnd: number }) {}
  /** Null when the period is new (this row now holds it), otherwise the row that had it first. */
  claim(programIndicatorId: number, year: number, semester: 1 | 2 | null, row: number): number | null {
    let rows = this.byIndicator.get(programIndicatorId);
    if (!rows) {
      rows = new Int32Array((this.period.periodEnd - this.period.periodStart + 1) * 3);
      this.byIndicator.set(programIndicatorId, rows);
    }
    const at = (year - this.period.periodStart) * 3 + (semester ?? 0);
    const first = rows[at] ?? 0;
    if (first > 0) return first;
    rows[at] = row;
    return null;
  }
}

export abstract class RowChecker<K extends string> {
  readonly issues: ImportRowIssue[] = [];
  private readonly seen = new Map<string, number>();
  constructor(
    protected readonly columns: ReadonlyArray<ColumnDef<K>>,
    protected readonly plan: PlanLookup,
  ) {}
  protected issue(row: number, key: K, message: string, value: string | undefined) {
    const header = this.columns.find((c) => c.key === key)?.header ?? key;
    this.issues.push({ row, column: header, value: value?.trim() ? value.trim() : null, message });
  }
  /** Null when the key is new, otherwise the row that had it first. */
  protected duplicateOf(key: string, row: number): number | null {
    const first = this.seen.get(key);
    if (first !== undefined) return first;
    this.seen.set(key, row);
    return null;
  }
  // The plan's answers by the code as written, so that a large file's rows repeating the same
  // codes are not normalised and looked up again row after row.
  private readonly programs = new Map<string, { program: Program | undefined; mayEnter: boolean }>();
  private readonly links = new Map<number, Map<string, ProgramIndicatorLink | undefined>>();
  private programByCode(code: string) {
    let found = this.programs.get(code);
    if (!found) {
      const program = this.plan.program(codeKey(code));
      found = { program, mayEnter: program ? this.plan.mayEnter(program.ownerOpdId) : false };
      this.programs.set(code, found);
    }
    return found;
  }
  /** A program's indicator by the indicator code as written. */
  protected linkOf(programId: number, indicatorCode: string) {
    let byCode = this.links.get(programId);
    if (!byCode) {
      byCode = new Map();
      this.links.set(programId, byCode);
    }
    if (byCode.has(indicatorCode)) return byCode.get(indicatorCode);
    const link = this.plan.programIndicator(programId, codeKey(indicatorCode));
    byCode.set(indicatorCode, link);
    return link;
  }
  protected programOf(row: number, cells: Partial<Record<K, string>>, key: K) {
    const code = cells[key] ?? "";
    if (!code) {
      this.issue(row, key, "Kode program wajib diisi", code);
      return undefined;
    }
    const { program: p, mayEnter } = this.programByCode(code);
    if (!p) this.issue(row, key, `Kode program "${code}" tidak ada dalam masterplan ini`, code);
    else if (!mayEnter)
      this.issue(row, key, `Program ${p.code} milik OPD lain; Anda hanya dapat mengisi program OPD Anda`, code);
    else return p;
    return undefined;
  }
  protected yearIn(
    row: number,
    text: string | undefined,
    key: K,
    span?: { from: number; to: number },
    subject = "Program",
  ) {
    const year = yearOf(text);
    if (year === undefined) this.issue(row, key, "Tahun wajib diisi", text);
    else if (Number.isNaN(year)) this.issue(row, key, `Tahun "${text}" bukan tahun empat angka`, text);
    else {
      const problem = yearProblem(year, this.plan.period);
      if (problem) this.issue(row, key, problem, text);
      else if (span && (year < span.from || year > span.to))
        this.issue(row, key, `${subject} ini berjalan ${span.from}–${span.to}`, text);
      else return year;
    }
    return undefined;
  }
}

/** Checks realisation rows one by one (duplicates across rows included) and collects the issues. */
export class RealisationRowChecker extends RowChecker<RealisationColumn> {
  private readonly periods: PeriodRows;
  /** `thisYear`: realisations of later years are refused (they have not been observed yet). */
  constructor(
    plan: PlanLookup,
    private readonly thisYear: number,
  ) {
    super(REALISATION_COLUMNS, plan);
    this.periods = new PeriodRows(plan.period);
  }

  /** The record of a row, `"skip"` for a row without a value, or null when the row has issues. */
  check(row: number, cells: Partial<Record<RealisationColumn, string>>): RealisationRecord | "skip" | null {
    if (!(cells.value ?? "").trim()) return "skip";
    const before = this.issues.length;
    const program = this.programOf(row, cells, "programCode");
    const indCode = cells.indicatorCode ?? "";
    const pi = program && indCode ? this.linkOf(program.id, indCode) : undefined;
    if (!indCode) this.issue(row, "indicatorCode", "Kode indikator wajib diisi", indCode);
    else if (program && !pi)
      this.issue(row, "indicatorCode", `Indikator "${indCode}" bukan indikator program ${program.code}`, indCode);
    const unit = cells.unit ?? "";
    if (pi && unit !== pi.unit && norm(unit) !== norm(pi.unit))
      this.issue(
        row,
        "unit",
        cells.unit ? `Satuan "${cells.unit}" tidak sesuai; indikator ini bersatuan "${pi.unit}"` : "Satuan wajib diisi",
        cells.unit,
      );
    let year = this.yearIn(row, cells.year, "year");
    const notYet = year === undefined ? null : realisationYearProblem(year, this.plan.period, this.thisYear);
    if (notYet) {
      this.issue(row, "year", notYet, cells.year);
      year = undefined;
    }
    const semText = (cells.semester ?? "").trim();
    const semester = semText === "" ? null : semText === "1" ? 1 : semText === "2" ? 2 : undefined;
    if (semester === undefined) this.issue(row, "semester", "Semester harus 1, 2 atau kosong (setahun)", semText);
    const value = parseDecimal(cells.value);
    if (value === undefined || Number.isNaN(value) || Math.abs(value) >= 1e15)
      this.issue(row, "value", `Realisasi "${cells.value}" bukan angka`, cells.value);
    const note = cells.note ?? "";
    if (note.length > 2000) this.issue(row, "note", "Catatan maksimal 2000 karakter", note.slice(0, 50));
    if (this.issues.length > before || !pi || year === undefined || semester === undefined || value === undefined)
      return null;
    const first = this.periods.claim(pi.id, year, semester, row);
    if (first !== null) {
      this.issue(row, "year", `Baris ganda: nilai ini sudah ada pada baris ${first}`, cells.year);
      return null;
    }
    if (this.plan.existingRealisation(pi.id, year, semester) === "verified") {
      this.issue(
        row,
        "value",
        "Realisasi ini sudah diverifikasi; minta koordinator mengembalikannya dulu",
        cells.value,
      );
      return null;
    }
    return { row, programIndicatorId: pi.id, year, semester, value, note };
  }
}

/** The fields of a yearly progress entry, checked. */
export type ProgressFields = {
  status: ProgressStatus;
  physicalProgress: number | null;
  budgetAllocated: number | null;
  budgetRealised: number | null;
  note: string;
};
export type ProgressRecord = { row: number; programId: number; year: number } & ProgressFields;

const STATUS_WORDS = new Map<string, ProgressStatus>(
  PROGRESS_STATUSES.flatMap((s) => [
    [norm(s), s],
    [norm(s.replace("_", " ")), s],
    [norm(PROGRESS_STATUS_LABELS[s].id), s],
    [norm(PROGRESS_STATUS_LABELS[s].en), s],
  ]),
);

/** The shared checks of yearly progress rows (programs and quick wins): status, physical %, Rupiah, note; K holds the PROGRESS_FIELD_COLUMNS keys and "year". */
export abstract class ProgressFieldsChecker<K extends string> extends RowChecker<K> {
  /** Whether a row has neither a status nor any figure: such a row is skipped. */
  protected blank(cells: Partial<Record<K, string>>): boolean {
    const keys: K[] = ["status", "physicalProgress", "budgetAllocated", "budgetRealised"] as K[];
    return keys.every((k) => (cells[k] ?? "").trim() === "");
  }

  /** The checked fields, or undefined after recording the row's issues about them. */
  protected fieldsOf(row: number, cells: Partial<Record<K, string>>): ProgressFields | undefined {
    const key = (k: ProgressFieldKey) => k as K;
    const before = this.issues.length;
    const status = STATUS_WORDS.get(norm(cells[key("status")] ?? ""));
    if (!status)
      this.issue(
        row,
        key("status"),
        "Status harus belum mulai, sesuai jadwal, terlambat, selesai atau dibatalkan",
        cells[key("status")],
      );
    const physicalText = cells[key("physicalProgress")];
    const physical = parseDecimal(physicalText);
    if (physical !== undefined && (Number.isNaN(physical) || physical < 0 || physical > 100))
      this.issue(row, key("physicalProgress"), `Progres fisik "${physicalText}" harus angka 0–100`, physicalText);
    const money = (k: "budgetAllocated" | "budgetRealised", label: string) => {
      const v = parseRupiahCell(cells[key(k)]);
      if (v !== undefined && Number.isNaN(v))
        this.issue(row, key(k), `${label} "${cells[key(k)]}" bukan jumlah Rupiah`, cells[key(k)]);
      return v === undefined || Number.isNaN(v) ? null : v;
    };
    const budgetAllocated = money("budgetAllocated", "Pagu anggaran");
    const budgetRealised = money("budgetRealised", "Realisasi anggaran");
    const note = cells[key("note")] ?? "";
    if (note.length > 2000) this.issue(row, key("note"), "Catatan maksimal 2000 karakter", note.slice(0, 50));
    if (this.issues.length > before || !status) return undefined;
    const fields: ProgressFields = {
      status,
      physicalProgress: physical === undefined ? null : Math.round(physical * 100) / 100,
      budgetAllocated,
      budgetRealised,
      note,
    };
    for (const p of progressProblems(fields)) this.issue(row, key(p.field), p.message, cells[key(p.field)]);
    return this.issues.length > before ? undefined : fields;
  }
}

/** Checks program progress rows one by one and collects the issues. */
export class ProgressRowChecker extends ProgressFieldsChecker<ProgressColumn> {
  constructor(plan: PlanLookup) {
    super(PROGRESS_COLUMNS, plan);
  }

  /** The record of a row, `"skip"` for a row without a status or figures, or null when the row has issues. */
  check(row: number, cells: Partial<Record<ProgressColumn, string>>): ProgressRecord | "skip" | null {
    if (this.blank(cells)) return "skip";
    const before = this.issues.length;
    const program = this.programOf(row, cells, "programCode");
    const year = this.yearIn(
      row,
      cells.year,
      "year",
      program ? { from: program.startYear, to: program.endYear } : undefined,
    );
    const fields = this.fieldsOf(row, cells);
    if (this.issues.length > before || !program || year === undefined || !fields) return null;
    const first = this.duplicateOf(`${program.id}:${year}`, row);
    if (first !== null) {
      this.issue(
        row,
        "year",
        `Baris ganda: program ${program.code} tahun ${year} sudah ada pada baris ${first}`,
        cells.year,
      );
      return null;
    }
    return { row, programId: program.id, year, ...fields };
  }
}
