// Dates as people read them, without the DOM or i18next: usable from tests and from format.ts.

type Language = "id" | "en";

// Indonesian readers get id-ID ("1.250", "5 Maret 2024"); English readers British usage ("1,250", "5 March 2024").
export const LOCALES: Record<Language, string> = { id: "id-ID", en: "en-GB" };

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const timeFormats = new Map<Language, Intl.DateTimeFormat>();
const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();

function cached(map: Map<Language, Intl.DateTimeFormat>, lang: Language, options: Intl.DateTimeFormatOptions) {
  let format = map.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    map.set(lang, format);
  }
  return format;
}

/** A date as civil servants write it: "5 Maret 2024" (id), "5 March 2024" (en). */
export function formatDate(value: string | Date, lang: Language): string {
  // A bare date ("2024-03-05") is a calendar day, not UTC midnight: read it in local time.
  const day = typeof value === "string" ? value.match(/^(\d{4})-(\d{2})-(\d{2})$/) : null;
  const date = day
    ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    : typeof value === "string"
      ? new Date(value)
      : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return cached(dateFormats, lang, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** Date and time without the "pukul"/"at" ICU puts in between: "5 Maret 2024 14.05", "5 March 2024 14:05". */
export function formatDateTime(value: string | Date, lang: Language): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const time = cached(timeFormats, lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${formatDate(date, lang)} ${time}`;
}

const dayNumber = (year: number, monthIndex: number, day: number) => Date.UTC(year, monthIndex, day) / 86_400_000;

/** Whole calendar days from `today` to a day ("2024-03-05"): 0 today, 1 tomorrow, negative once past. */
export function daysUntil(day: string, today: Date = new Date()): number | undefined {
  const parts = day.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!parts) return undefined;
  // Calendar days counted in UTC, so a daylight-saving shift cannot move the count.
  return (
    dayNumber(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) -
    dayNumber(today.getFullYear(), today.getMonth(), today.getDate())
  );
}

/**
 * How long ago, as people say it: "sekarang", "5 menit yang lalu", "kemarin", "3 hari yang lalu";
 * from a week back, the date itself ("5 Maret 2024").
 */
export function formatRelativeTime(value: string | Date, lang: Language, now: Date = new Date()): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  let format = relativeFormats.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: "auto" });
    relativeFormats.set(lang, format);
  }
  // A clock a little ahead of the server's still reads "now", never "in 2 minutes".
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds < 60) return format.format(0, "second");
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), "minute");
  if (seconds < 86_400) return format.format(-Math.floor(seconds / 3600), "hour");
  const days =
    dayNumber(now.getFullYear(), now.getMonth(), now.getDate()) -
    dayNumber(date.getFullYear(), date.getMonth(), date.getDate());
  if (days < 7) return format.format(-Math.max(1, days), "day");
  return formatDate(date, lang);
}
