import { Button } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ME_KEY, meQuery, updateMe } from "../api/session";
import { LANGUAGES, type Language } from "../i18n";
import { useLanguage } from "../i18n/format";

// Each language names itself, so a reader of either can find their own.
const NATIVE_NAMES: Record<Language, string> = { id: "Bahasa Indonesia", en: "English" };

/** ID/EN toggle; remembered in localStorage, and in the profile when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery()).data;

  const choose = (lang: Language) => {
    void i18n.changeLanguage(lang);
    // The profile keeps the choice for the next sign-in and for e-mails; a failure here only loses that.
    if (me && me.data.language !== lang) {
      updateMe({ language: lang }).then(
        (fresh) => queryClient.setQueryData(ME_KEY, fresh),
        () => undefined,
      );
    }
  };

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
          onClick={() => choose(lang)}
        >
          {lang.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
}
