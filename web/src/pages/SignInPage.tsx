import { Alert, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { meQuery, safeRedirect } from "../api/session";
import { AuthCard } from "../components/auth/AuthCard";
import { useSignInAction } from "../components/auth/use-session-actions";
import { definedOnly, emailError } from "../components/auth/validate";
import { useErrorText } from "../components/ErrorState";
import { AnchorLink, ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";

const route = getRouteApi("/masuk");

/** Masuk: e-mail and password; afterwards back to where the person was going. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.signInTitle"));
  const { redirect } = route.useSearch();
  // Without a place to return to, a person starts on what waits for them.
  const target = safeRedirect(redirect) ?? "/tugas";
  const me = useQuery(meQuery());
  const router = useRouter();
  const signIn = useSignInAction();
  const errorText = useErrorText();

  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      email: emailError(t, email),
      password: password ? undefined : t("auth.passwordRequired"),
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      router.history.push(target);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  if (me.data && !busy) {
    return (
      <AuthCard title={t("auth.signInTitle")}>
        <Stack gap="md">
          <Text>
            {t("session.signedInAs")} <strong>{me.data.data.name}</strong> ({me.data.data.email})
          </Text>
          <ButtonLink to="/tugas">{t("tasks.title")}</ButtonLink>
          <ButtonLink to="/" variant="default">
            {t("access.home")}
          </ButtonLink>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t("auth.signInTitle")} intro={t("auth.signInIntro")}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
            data-autofocus
            autoFocus
          />
          <PasswordInput
            label={t("auth.password")}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
          />
          {failure !== null && (
            <Alert color="red" variant="light" role="alert" data-testid="sign-in-error">
              {errorText(failure)}
            </Alert>
          )}
          <Button type="submit" loading={busy} data-testid="sign-in-submit" fullWidth>
            {t("auth.submit")}
          </Button>
          <Text size="sm" ta="center">
            <AnchorLink to="/lupa-sandi" size="sm">
              {t("auth.forgot")}
            </AnchorLink>
          </Text>
          <Text size="xs" c="dimmed" ta="center">
            {t("auth.noAccount")}
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
