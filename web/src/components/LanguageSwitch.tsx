import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../i18n";
import { useLanguage } from "../i18n/format";

// Each language names itself, so a reader of either can find their own.
const NATIVE_NAMES: Record<Language, string> = { id: "Bahasa Indonesia", en: "English" };

/** ID/EN toggle; the choice is remembered in localStorage by the i18n module. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <Button.Group aria-label={t("app.language")} data-testid="lang-switch">
      {LANGUAGES.map((lang) => (
        <Button
          key={lang}
          size="xs"
          variant={lang === current ? "filled" : "default"}
          lang={lang}
          aria-pressed={lang === current}
          aria-label={`${lang.toUpperCase()} — ${NATIVE_NAMES[lang]}`}
          title={NATIVE_NAMES[lang]}
          data-testid={`lang-${lang}`}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {lang.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
}
