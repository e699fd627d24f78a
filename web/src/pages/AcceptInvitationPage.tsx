import { Alert, Box, Button, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors, hasCode } from "../api/client";
import { acceptInvitation, type InvitationPreviewOut, invitationPreviewQuery } from "../api/people";
import { landingPath } from "../api/session";
import { AuthCard } from "../components/auth/AuthCard";
import { NewPasswordFields } from "../components/auth/NewPasswordFields";
import { useSignInAction } from "../components/auth/use-session-actions";
import { definedOnly, emailError, newPasswordErrors } from "../components/auth/validate";
import { ErrorState, useErrorText } from "../components/ErrorState";
import { ButtonLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useFormatDate } from "../i18n/format";
import { useDomainLabels } from "../i18n/labels";

const route = getRouteApi("/undangan/$token");

/** Undangan/{token}: who invited you to what; set a name and password, then straight in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t("acceptInvitation.title"));
  const { token } = route.useParams();
  const preview = useQuery(invitationPreviewQuery(token));

  if (preview.isPending) {
    return (
      <AuthCard title={t("acceptInvitation.title")}>
        <Stack gap="md" aria-busy>
          <Skeleton height={60} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      </AuthCard>
    );
  }
  if (preview.isError) {
    // 410 (used, revoked, expired) and a malformed token (422) mean the same to the reader.
    const invalid = hasCode(preview.error, "invitation_invalid", "validation_failed", "not_found");
    return (
      <AuthCard title={t(invalid ? "acceptInvitation.invalidTitle" : "acceptInvitation.title")}>
        <Stack gap="md">
          {invalid ? (
            <Alert color="orange" variant="light" role="alert" data-testid="invitation-invalid">
              {t("errors.invitation_invalid")}
            </Alert>
          ) : (
            <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
          )}
          <ButtonLink to="/masuk" variant="light">
            {t("acceptInvitation.signIn")}
          </ButtonLink>
        </Stack>
      </AuthCard>
    );
  }
  return <AcceptForm token={token} invitation={preview.data} />;
}

function SummaryItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fw={600} component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreviewOut }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { date } = useFormatDate();
  const errorText = useErrorText();
  const router = useRouter();
  const signIn = useSignInAction();

  const [name, setName] = useState(invitation.name ?? "");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [signInFailed, setSignInFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      name: name.trim().length >= 2 ? undefined : t("auth.nameMin"),
      email: invitation.isSetup ? emailError(t, email) : undefined,
      ...newPasswordErrors(t, password, repeat),
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    let accountEmail: string;
    try {
      const created = await acceptInvitation(token, {
        name: name.trim(),
        password,
        ...(invitation.isSetup ? { email: email.trim() } : {}),
      });
      accountEmail = created.data.email;
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (hasCode(cause, "email_taken")) fields.email = errorText(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
      setBusy(false);
      return;
    }
    try {
      const me = await signIn(accountEmail, password);
      router.history.push(landingPath(me));
    } catch {
      setSignInFailed(true);
      setBusy(false);
    }
  };

  if (signInFailed) {
    return (
      <AuthCard title={t("acceptInvitation.title")}>
        <Stack gap="md">
          <Alert color="orange" variant="light" role="alert">
            {t("acceptInvitation.signInFailed")}
          </Alert>
          <ButtonLink to="/masuk">{t("session.signIn")}</ButtonLink>
        </Stack>
      </AuthCard>
    );
  }

  const role = labels.role(invitation.role);
  return (
    <AuthCard
      title={t("acceptInvitation.title")}
      intro={invitation.isSetup ? t("acceptInvitation.setupIntro") : t("acceptInvitation.invitedAs", { role })}
    >
      <Paper withBorder radius="md" p="md" mb="lg" bg="gray.0" data-testid="invitation-summary">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm" component="dl" m={0}>
          <SummaryItem label={t("acceptInvitation.role")}>{role}</SummaryItem>
          <SummaryItem label={t("acceptInvitation.scope")}>{invitation.scope ?? t("roles.national")}</SummaryItem>
        </SimpleGrid>
        {invitation.email && (
          <Box component="dl" m={0} mt="sm">
            <SummaryItem label={t("acceptInvitation.account")}>{invitation.email}</SummaryItem>
          </Box>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t("acceptInvitation.expires", { date: date(invitation.expiresAt) })}
        </Text>
      </Paper>

      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {invitation.isSetup && (
            <TextInput
              label={t("acceptInvitation.email")}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
            />
          )}
          {/* The browser's password manager files the new password under this account. */}
          {!invitation.isSetup && invitation.email && (
            <input type="email" autoComplete="username" value={invitation.email} readOnly hidden />
          )}
          <TextInput
            label={t("acceptInvitation.name")}
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
          />
          <NewPasswordFields
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            errors={errors}
            labels={{ password: t("acceptInvitation.password"), repeat: t("acceptInvitation.repeatPassword") }}
          />
          {failure !== null && (
            <Alert color="red" variant="light" role="alert">
              {errorText(failure)}
            </Alert>
          )}
          <Button type="submit" loading={busy} data-testid="accept-submit" fullWidth>
            {t("acceptInvitation.submit")}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
