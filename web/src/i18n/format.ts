import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "./index";

// Civil servants read "1.250" in Indonesian; English readers get "1,250" in British usage.
const LOCALES: Record<Language, string> = { id: "id-ID", en: "en-GB" };

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** Formats a number with the separators of the language: 1.250 (id), 1,250 (en). */
export function formatNumber(value: number, lang: Language): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** Picks the Indonesian or English variant of a bilingual field (nameId/nameEn). */
export function inLanguage<T>(lang: Language, idValue: T, enValue: T): T {
  return lang === "en" ? enValue : idValue;
}

/** The current UI language as a typed value; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : "id";
}

/** `formatNumber` bound to the current UI language. */
export function useFormatNumber(): (value: number) => string {
  const lang = useLanguage();
  return (value) => formatNumber(value, lang);
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const timeFormats = new Map<Language, Intl.DateTimeFormat>();

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

/** `formatDate` and `formatDateTime` bound to the current UI language. */
export function useFormatDate(): {
  date: (value: string | Date) => string;
  dateTime: (value: string | Date) => string;
} {
  const lang = useLanguage();
  return { date: (value) => formatDate(value, lang), dateTime: (value) => formatDateTime(value, lang) };
}

const decimalFormats = new Map<string, Intl.NumberFormat>();

/** A score with fixed decimals: "78,50" (id), "78.50" (en). */
export function formatDecimal(value: number, lang: Language, digits = 2): string {
  const key = `${lang}:${digits}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}

/** `formatDecimal` bound to the current UI language. */
export function useFormatDecimal(): (value: number, digits?: number) => string {
  const lang = useLanguage();
  return (value, digits) => formatDecimal(value, lang, digits);
}

/** A file size as people read it: "240 KB", "1,5 MB". */
export function formatFileSize(bytes: number, lang: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
  return `${formatDecimal(bytes / (1024 * 1024), lang, 1)} MB`;
}
