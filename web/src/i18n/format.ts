import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime, formatRelativeTime, LOCALES } from "./dates";
import { isLanguage, type Language } from "./index";

export { daysUntil, formatDate, formatDateTime, formatRelativeTime } from "./dates";

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

/** `formatDate` and `formatDateTime` bound to the current UI language. */
export function useFormatDate(): {
  date: (value: string | Date) => string;
  dateTime: (value: string | Date) => string;
} {
  const lang = useLanguage();
  return { date: (value) => formatDate(value, lang), dateTime: (value) => formatDateTime(value, lang) };
}

/** `formatRelativeTime` bound to the current UI language: "5 menit yang lalu". */
export function useFormatRelativeTime(): (value: string | Date) => string {
  const lang = useLanguage();
  return (value) => formatRelativeTime(value, lang);
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
