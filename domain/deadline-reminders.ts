/** Days after a missed deadline during which its "missed" reminder may still go out (a late first run). */
export const MISSED_GRACE_DAYS = 7;

export type Milestone = { kind: "deadline.approaching" | "deadline.missed"; key: string };

/**
 * Which reminder a deadline is due for, `daysLeft` days away, with reminders `reminderDays`
 * before it (e.g. [7, 1]): the nearest reminder day not yet passed ("7d" from 7 to 2 days,
 * "1d" on the last day and the day itself), "missed" from the day after it for a week, else null.
 * A run that was skipped (the server was down) therefore still sends the reminder it owed.
 */
export function reminderMilestone(daysLeft: number, reminderDays: readonly number[]): Milestone | null {
  if (daysLeft < 0) return daysLeft >= -MISSED_GRACE_DAYS ? { kind: "deadline.missed", key: "missed" } : null;
  const due = reminderDays.filter((d) => d >= Math.max(daysLeft, 1));
  if (due.length === 0) return null;
  return { kind: "deadline.approaching", key: `${Math.min(...due)}d` };
}

/** The widest window of days to look at: from the grace of missed deadlines to the first reminder. */
export function reminderWindow(reminderDays: readonly number[]): { from: number; to: number } {
  return { from: -MISSED_GRACE_DAYS, to: Math.max(1, ...reminderDays) };
}

/** A date (YYYY-MM-DD) written out, e.g. "15 Desember 2026" or "15 December 2026". */
export function longDate(day: string, language: "id" | "en"): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The title of a deadline reminder in both languages, from what is due ("Tahap 2 Bimtek Kota Banjar"). */
export function deadlineTitle(p: {
  kind: Milestone["kind"];
  subject: { id: string; en: string };
  dueOn: string;
  daysLeft: number;
}): { id: string; en: string } {
  const id = longDate(p.dueOn, "id");
  const en = longDate(p.dueOn, "en");
  if (p.kind === "deadline.missed")
    return { id: `Tenggat terlewat: ${p.subject.id} (${id})`, en: `Deadline missed: ${p.subject.en} (${en})` };
  const when =
    p.daysLeft <= 0
      ? { id: "hari ini", en: "today" }
      : p.daysLeft === 1
        ? { id: "besok", en: "tomorrow" }
        : { id: `${p.daysLeft} hari lagi`, en: `in ${p.daysLeft} days` };
  return {
    id: `Tenggat ${when.id}: ${p.subject.id} (${id})`,
    en: `Due ${when.en}: ${p.subject.en} (${en})`,
  };
}
