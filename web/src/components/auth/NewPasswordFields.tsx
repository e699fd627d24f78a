import { PasswordInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

type NewPasswordFieldsProps = {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: { password?: string; repeat?: string };
  labels?: { password: string; repeat: string };
};

/** A new password typed twice, with the length rule shown up front. */
export function NewPasswordFields({ password, repeat, onPassword, onRepeat, errors, labels }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={labels?.password ?? t("auth.newPassword")}
        description={t("auth.passwordHint")}
        autoComplete="new-password"
        value={password}
        onChange={(event) => onPassword(event.currentTarget.value)}
        error={errors.password}
        minLength={10}
      />
      <PasswordInput
        label={labels?.repeat ?? t("auth.repeatPassword")}
        autoComplete="new-password"
        value={repeat}
        onChange={(event) => onRepeat(event.currentTarget.value)}
        error={errors.repeat}
      />
    </>
  );
}
