import { Alert, Button, Stack, Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasCode } from "../api/client";
import { resetPassword } from "../api/session";
import { AuthCard } from "../components/auth/AuthCard";
import { NewPasswordFields } from "../components/auth/NewPasswordFields";
import { newPasswordErrors } from "../components/auth/validate";
import { useErrorText } from "../components/ErrorState";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/atur-ulang-sandi");

/** Atur ulang sandi: the page of the e-mailed link; sets a new password with the link's token. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.resetTitle"));
  const { token } = route.useSearch();
  const errorText = useErrorText();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!token) {
    return (
      <AuthCard title={t("auth.resetTitle")}>
        <Stack gap="md">
          <Alert color="orange" variant="light" role="alert">
            {t("auth.resetNoToken")}
          </Alert>
          <ButtonLink to="/lupa-sandi" variant="light">
            {t("auth.requestNewLink")}
          </ButtonLink>
        </Stack>
      </AuthCard>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordErrors(t, password, repeat);
    setErrors(found);
    setFailure(null);
    if (found.password || found.repeat) return;
    setBusy(true);
    try {
      await resetPassword(password, token);
      setDone(true);
    } catch (cause) {
      if (hasCode(cause, "password_too_short", "password_too_long")) setErrors({ password: errorText(cause) });
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <AuthCard title={t("auth.resetTitle")}>
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" data-testid="reset-done">
            {t("auth.resetDone")}
          </Alert>
          <ButtonLink to="/masuk">{t("session.signIn")}</ButtonLink>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t("auth.resetTitle")} intro={t("auth.resetIntro")}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <NewPasswordFields
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            errors={errors}
          />
          {failure !== null && (
            <Alert color="red" variant="light" role="alert">
              {errorText(failure)}
              {hasCode(failure, "invalid_token") && (
                <Text size="sm" mt="xs">
                  <AnchorLink to="/lupa-sandi" size="sm">
                    {t("auth.requestNewLink")}
                  </AnchorLink>
                </Text>
              )}
            </Alert>
          )}
          <Button type="submit" loading={busy} data-testid="reset-submit" fullWidth>
            {t("auth.resetSubmit")}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
