import { useId } from "react";
import { useTranslation } from "react-i18next";

const HIDDEN = {
  position: "absolute",
  left: "-10000px",
  top: "auto",
  width: 1,
  height: 1,
  overflow: "hidden",
} as const;

/** The trap for bots: a field people never see nor reach with Tab; a filled one marks the sender as spam. */
export function Honeypot({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div style={HIDDEN} aria-hidden="true">
      <label htmlFor={id}>{t("feedback.form.honeypot")}</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
