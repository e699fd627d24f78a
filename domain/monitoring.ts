import { z } from "zod";
import { parseRupiah } from "./rupiah";

// ── Realisations (nilai realisasi indikator) ──────────────────────────────────────────────

/** A realisation is entered by the owning OPD, then verified or returned (with a note) by the coordinator. */
export const REALISATION_STATUSES = ["entered", "verified", "returned"] as const;
export const RealisationStatus = z.enum(REALISATION_STATUSES);
export type RealisationStatus = z.infer<typeof RealisationStatus>;
export const REALISATION_STATUS_LABELS: Record<RealisationStatus, { id: string; en: string }> = {
  entered: { id: "Diisi, menunggu verifikasi", en: "Entered, awaiting verification" },
  verified: { id: "Terverifikasi", en: "Verified" },
  returned: { id: "Dikembalikan untuk diperbaiki", en: "Returned for correction" },
};

/**
 * Who moves a realisation where: `edit` (the OPD or coordinator changes the value) brings an
 * entered or returned value back to entered; `verify` takes an entered value; `return` sends an
 * entered or verified value back (a verified one when it turns out wrong). A verified value is
 * never edited in place.
 */
export const REALISATION_ACTIONS = {
  edit: { from: ["entered", "returned"], to: "entered" },
  verify: { from: ["entered"], to: "verified" },
  return: { from: ["entered", "verified"], to: "returned" },
} as const satisfies Record<string, { from: readonly RealisationStatus[]; to: RealisationStatus }>;
export type RealisationAction = keyof typeof REALISATION_ACTIONS;

/** The status after an action, or null when the action is not allowed from the current one. */
export function nextRealisationStatus(current: RealisationStatus, action: RealisationAction): RealisationStatus | null {
  const move = REALISATION_ACTIONS[action];
  return (move.from as readonly RealisationStatus[]).includes(current) ? move.to : null;
}

/** Semester of a realisation: null is the whole year. */
export const Semester = z.union([z.literal(1), z.literal(2)]).nullable();
export type Semester = z.infer<typeof Semester>;

export type PeriodValue = { year: number; semester: number | null; value: number; status: RealisationStatus };

/**
 * The value that counts for a year: the whole-year value when there is one, else semester 2
 * (the position at the end of the year). Semester 1 alone is a mid-year reading and does not
 * count for the year. Returned values were sent back as wrong and never count; entered ones
 * count before they are verified (the dashboard shows which).
 */
export function yearValue(values: PeriodValue[], year: number): PeriodValue | null {
  const usable = values.filter((v) => v.year === year && v.status !== "returned");
  return usable.find((v) => v.semester === null) ?? usable.find((v) => v.semester === 2) ?? null;
}

// ── Program and quick-win progress ─────────────────────────────────────────────────────────

export const PROGRESS_STATUSES = ["not_started", "on_track", "delayed", "done", "cancelled"] as const;
export const ProgressStatus = z.enum(
  PROGRESS_STATUSES,
  "Pilih status: belum mulai, sesuai jadwal, terlambat, selesai atau dibatalkan",
);
export type ProgressStatus = z.infer<typeof ProgressStatus>;
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, { id: string; en: string }> = {
  not_started: { id: "Belum mulai", en: "Not started" },
  on_track: { id: "Sesuai jadwal", en: "On track" },
  delayed: { id: "Terlambat", en: "Delayed" },
  done: { id: "Selesai", en: "Done" },
  cancelled: { id: "Dibatalkan", en: "Cancelled" },
};

export type ProgressShape = {
  status: ProgressStatus;
  physicalProgress: number | null;
  budgetAllocated: number | null;
  budgetRealised: number | null;
};

/** Problems of a progress entry as { field, message }: done is 100 %, not started is 0 %, realised ≤ allocated. */
export function progressProblems(p: ProgressShape): Array<{ field: keyof ProgressShape; message: string }> {
  const out: Array<{ field: keyof ProgressShape; message: string }> = [];
  if (p.status === "done" && p.physicalProgress !== null && p.physicalProgress !== 100)
    out.push({ field: "physicalProgress", message: "Program yang selesai progres fisiknya 100%" });
  if (p.status === "not_started" && p.physicalProgress !== null && p.physicalProgress > 0)
    out.push({ field: "physicalProgress", message: "Program yang belum mulai progres fisiknya 0%" });
  if (p.budgetAllocated !== null && p.budgetRealised !== null && p.budgetRealised > p.budgetAllocated)
    out.push({ field: "budgetRealised", message: "Realisasi anggaran tidak boleh melebihi pagu" });
  return out;
}

// ── Years ──────────────────────────────────────────────────────────────────────────────────

/** Problem with a year of a target or realisation against the plan period, or null. */
export function yearProblem(year: number, period: { periodStart: number; periodEnd: number }): string | null {
  if (year < period.periodStart || year > period.periodEnd)
    return `Tahun ${year} di luar periode masterplan ${period.periodStart}–${period.periodEnd}`;
  return null;
}

/**
 * Why a realisation can't be entered for a year: outside the plan period, or a year that has
 * not begun (a realisation is an observed value; targets are for the years ahead). The current
 * year is allowed for interim values.
 */
export function realisationYearProblem(
  year: number,
  period: { periodStart: number; periodEnd: number },
  thisYear: number,
): string | null {
  const problem = yearProblem(year, period);
  if (problem) return problem;
  if (year > thisYear) return `Tahun ${year} belum berjalan; realisasi hanya untuk tahun ${thisYear} dan sebelumnya`;
  return null;
}

/** The years of a plan period for which realisations may be entered (up to this year). */
export const realisationYears = (years: number[], thisYear: number) => years.filter((y) => y <= thisYear);

/**
 * The years overdue as of a date: years of the span that have fully passed. A value for 2025
 * is due once 2025 is over, so on 22 November 2026 the years up to 2025 are overdue.
 */
export function passedYears(span: { from: number; to: number }, today: Date): number[] {
  const last = Math.min(span.to, today.getUTCFullYear() - 1);
  const out: number[] = [];
  for (let y = span.from; y <= last; y++) out.push(y);
  return out;
}

// ── Numbers as people type them ────────────────────────────────────────────────────────────

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number from a cell. With a comma it is read the Indonesian way (dots group thousands, the
 * comma is the decimal mark: "1.234,5"); without one, the way spreadsheets store it ("1234.5").
 * Returns NaN for anything else, undefined for an empty cell.
 */
export function parseDecimal(text: string | undefined): number | undefined {
  // The common case of large files ("1234.5") without the clean-up below.
  if (text !== undefined && PLAIN_DECIMAL.test(text)) return Number(text);
  const s = (text ?? "").trim().replace(/\s+/g, "");
  if (!s) return undefined;
  if (s.includes(",")) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(s)) return Number.NaN;
    return Number(s.replace(/\./g, "").replace(",", "."));
  }
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return Number.NaN;
  return Number(s);
}

/** Whole Rupiah from a cell ("Rp 1.250.000.000", "1250000000"); undefined when blank, NaN when unreadable. */
export function parseRupiahCell(text: string | undefined): number | undefined {
  if (!(text ?? "").trim()) return undefined;
  return parseRupiah(text ?? "") ?? Number.NaN;
}
