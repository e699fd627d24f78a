import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors, hasCode } from "../api/client";
import { changePassword, ME_KEY, type Me, updateMe } from "../api/session";
import { NewPasswordFields } from "../components/auth/NewPasswordFields";
import { newPasswordErrors } from "../components/auth/validate";
import { useErrorText } from "../components/ErrorState";
import { PageHeader } from "../components/PageHeader";
import { MembershipBadge, MembershipBadges } from "../components/people/MembershipBadge";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { isLanguage, type Language } from "../i18n";
import { useFormatDate } from "../i18n/format";

/** Profil: name, language, roles and password of the signed-in person. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t("profile.title"));
  return (
    <>
      <PageHeader title={t("profile.title")} description={t("profile.intro")} />
      <RequireSession>
        {(me) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="lg">
              <DetailsForm me={me} />
              <RolesPanel me={me} />
            </Stack>
            <Stack gap="lg">
              <PasswordForm />
              <NotificationsPanel />
            </Stack>
          </SimpleGrid>
        )}
      </RequireSession>
    </>
  );
}

function DetailsForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { date } = useFormatDate();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.data.name);
  const [language, setLanguage] = useState<Language>(me.data.language);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    if (name.trim().length < 2) {
      setError(t("auth.nameMin"));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const fresh = await updateMe({ name: name.trim(), language });
      queryClient.setQueryData(ME_KEY, fresh);
      if (language !== i18n.language) await i18n.changeLanguage(language);
      setSaved(true);
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (fields.name) setError(fields.name);
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="profile-details">
      <Title order={2} size="h4" id="profile-details" mb="md">
        {t("profile.detailsTitle")}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput label={t("profile.email")} value={me.data.email} readOnly variant="filled" />
          <TextInput
            label={t("profile.name")}
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="profile-language">
              {t("profile.language")}
            </Text>
            <SegmentedControl
              aria-labelledby="profile-language"
              value={language}
              onChange={(value) => isLanguage(value) && setLanguage(value)}
              data={[
                { value: "id", label: "Bahasa Indonesia" },
                { value: "en", label: "English" },
              ]}
            />
          </Stack>
          {saved && (
            <Alert color="green" variant="light" role="status" data-testid="profile-saved">
              {t("profile.saved")}
            </Alert>
          )}
          {failure !== null && (
            <Alert color="red" variant="light" role="alert">
              {errorText(failure)}
            </Alert>
          )}
          <Group justify="space-between" align="center">
            <Text size="xs" c="dimmed">
              {t("profile.memberSince", { date: date(me.data.createdAt) })}
            </Text>
            <Button type="submit" loading={busy} data-testid="profile-submit">
              {t("profile.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RolesPanel({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="profile-roles">
      <Title order={2} size="h4" id="profile-roles" mb="md">
        {t("profile.rolesTitle")}
      </Title>
      {me.data.memberships.length === 0 ? (
        <Text c="dimmed">{t("profile.noRoles")}</Text>
      ) : (
        <MembershipBadges>
          {me.data.memberships.map((m) => (
            <MembershipBadge key={m.id} role={m.role} regionName={m.regionName} opdName={m.opdName} />
          ))}
        </MembershipBadges>
      )}
    </Paper>
  );
}

function NotificationsPanel() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="profile-notifications">
      <Title order={2} size="h4" id="profile-notifications" mb="xs">
        {t("notificationSettings.profileTitle")}
      </Title>
      <AnchorLink to="/notifikasi/pengaturan" data-testid="profile-notification-settings">
        {t("notificationSettings.profileLink")}
      </AnchorLink>
    </Paper>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ current?: string; password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setFailure(null);
    const found = {
      current: current ? undefined : t("profile.currentRequired"),
      ...newPasswordErrors(t, password, repeat),
    };
    setErrors(found);
    if (found.current || found.password || found.repeat) return;
    setBusy(true);
    try {
      await changePassword(current, password);
      setCurrent("");
      setPassword("");
      setRepeat("");
      setDone(true);
    } catch (cause) {
      if (hasCode(cause, "invalid_password")) setErrors({ current: errorText(cause) });
      else if (hasCode(cause, "password_too_short", "password_too_long")) setErrors({ password: errorText(cause) });
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="profile-password">
      <Title order={2} size="h4" id="profile-password" mb="md">
        {t("profile.passwordTitle")}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <PasswordInput
            label={t("profile.currentPassword")}
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={errors.current}
          />
          <NewPasswordFields
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            errors={errors}
            labels={{ password: t("profile.newPassword"), repeat: t("profile.repeatPassword") }}
          />
          {done && (
            <Alert color="green" variant="light" role="status" data-testid="password-changed">
              {t("profile.passwordChanged")}
            </Alert>
          )}
          {failure !== null && (
            <Alert color="red" variant="light" role="alert">
              {errorText(failure)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} data-testid="password-submit">
              {t("profile.changePassword")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
