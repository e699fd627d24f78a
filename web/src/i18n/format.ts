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
