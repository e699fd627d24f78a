import { z } from "zod";

const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Tanggal berbentuk BB-HH, misalnya 02-28");

/**
 * When monitoring entries are due, kept per framework: a year's realisations and progress by
 * `annualDue` of the following year, a first semester's by `semesterDue` of the same year.
 * The default follows the LKjIP calendar (the year's performance report within two months).
 */
export const ReportingCalendar = z.object({ annualDue: MonthDay, semesterDue: MonthDay });
export type ReportingCalendar = z.infer<typeof ReportingCalendar>;

export const DEFAULT_REPORTING_CALENDAR: ReportingCalendar = { annualDue: "02-28", semesterDue: "07-31" };

/** The day (YYYY-MM-DD) by which a year's (semester null) or a semester's entries are due. */
export function reportingDueOn(calendar: ReportingCalendar, year: number, semester: 1 | 2 | null = null): string {
  if (semester === 1) return `${year}-${calendar.semesterDue}`;
  return `${year + 1}-${calendar.annualDue}`;
}

/** Whole days from `today` to `day` (negative once it has passed); both YYYY-MM-DD. */
export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in Asia/Jakarta (WIB), where the program's deadlines are kept. */
export function jakartaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
