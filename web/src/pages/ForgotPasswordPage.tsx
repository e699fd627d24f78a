import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { requestPasswordReset } from "../api/session";
import { AuthCard } from "../components/auth/AuthCard";
import { emailError } from "../components/auth/validate";
import { useErrorText } from "../components/ErrorState";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

/** Lupa sandi: asks for a reset link. The answer never tells whether the e-mail has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.forgotTitle"));
  const errorText = useErrorText();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = emailError(t, email);
    setError(invalid);
    setFailure(null);
    if (invalid) return;
    setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (cause) {
      // Only "try later" and an unreachable server are worth telling; anything else reads like success.
      if (cause instanceof ApiError && (cause.status === 0 || cause.status === 429 || cause.status >= 500)) {
        setFailure(cause);
      } else {
        setSent(true);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t("auth.forgotTitle")} intro={sent ? undefined : t("auth.forgotIntro")}>
      {sent ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" data-testid="forgot-sent">
            {t("auth.forgotSent")}
          </Alert>
          <Text size="sm" ta="center">
            <AnchorLink to="/masuk" size="sm">
              {t("auth.backToSignIn")}
            </AnchorLink>
          </Text>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={error}
              autoFocus
            />
            {failure !== null && (
              <Alert color="red" variant="light" role="alert">
                {errorText(failure)}
              </Alert>
            )}
            <Button type="submit" loading={busy} data-testid="forgot-submit" fullWidth>
              {t("auth.forgotSubmit")}
            </Button>
            <Text size="sm" ta="center">
              <AnchorLink to="/masuk" size="sm">
                {t("auth.backToSignIn")}
              </AnchorLink>
            </Text>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
