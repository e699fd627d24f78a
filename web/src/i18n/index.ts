import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { id, type Messages } from "./id";

export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "kc.lang";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

// Storage can throw (privacy mode, disabled cookies); the language then simply isn't remembered.
function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : "id";
  } catch {
    return "id";
  }
}

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // See storedLanguage.
  }
}

/** The language the UI currently shows. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "id";
}

i18n.on("languageChanged", applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "id",
  supportedLngs: LANGUAGES,
  // Resources are bundled, so initialisation is synchronous and the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
