import { Alert, Button, Checkbox, Group, Paper, Radio, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  EmailMode,
  type EmailMode as EmailModeValue,
  type NotificationKind,
  NotificationPreferences,
} from "../../../domain/notifications";
import { hasCode } from "../api/client";
import { fieldIssues } from "../api/issues";
import {
  type NotificationSettingsBody,
  notificationPreferencesQuery,
  useSaveNotificationPreferences,
} from "../api/notifications";
import { QueryErrorState } from "../components/AccessStates";
import { useErrorText } from "../components/ErrorState";
import { PageHeader } from "../components/PageHeader";
import { RequireSession } from "../components/RequireSession";
import { AnchorLink } from "../components/RouterLinks";
import { usePageTitle } from "../components/use-page-title";
import { useLanguage } from "../i18n/format";

/** Pengaturan notifikasi: how e-mail comes, and which kinds the person receives. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t("notificationSettings.title"));
  return (
    <>
      <AnchorLink to="/notifikasi" size="sm" mb="xs" display="inline-block">
        ← {t("notificationSettings.back")}
      </AnchorLink>
      <PageHeader
        title={t("notificationSettings.title")}
        description={t("notificationSettings.intro")}
        testId="notification-settings-title"
      />
      <RequireSession>{() => <SettingsLoader />}</RequireSession>
    </>
  );
}

function SettingsLoader() {
  const prefs = useQuery(notificationPreferencesQuery());
  // A reload after a conflict starts the form again from the latest settings.
  const [generation, setGeneration] = useState(0);
  const [reloading, setReloading] = useState(false);

  if (prefs.isPending) {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" aria-busy>
        <Skeleton height={280} />
        <Skeleton height={420} />
      </SimpleGrid>
    );
  }
  if (prefs.isError) return <QueryErrorState error={prefs.error} onRetry={() => void prefs.refetch()} />;

  const reload = async () => {
    setReloading(true);
    try {
      await prefs.refetch();
      setGeneration((g) => g + 1);
    } finally {
      setReloading(false);
    }
  };

  return (
    <SettingsForm
      key={generation}
      body={prefs.data}
      reloaded={generation > 0}
      reloading={reloading}
      onReload={() => void reload()}
    />
  );
}

type SettingsFormProps = {
  body: NotificationSettingsBody;
  reloaded: boolean;
  reloading: boolean;
  onReload: () => void;
};

function SettingsForm({ body, reloaded, reloading, onReload }: SettingsFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const save = useSaveNotificationPreferences();
  const [emailMode, setEmailMode] = useState<EmailModeValue>(body.data.emailMode);
  const [muted, setMuted] = useState(() => new Set<NotificationKind>(body.data.mutedKinds));
  // The version this form was read at; a save sends it, and a stale one gets 409.
  const [version, setVersion] = useState(body.data.version);
  const [localErrors, setLocalErrors] = useState<Array<{ path: string[]; message: string }>>([]);
  const critical = new Set(body.kinds.filter((k) => k.critical).map((k) => k.kind));

  // Muted kinds in the order the server lists them (kinds it no longer lists are kept as they were).
  const mutedList = (): NotificationKind[] => {
    const listed = body.kinds.map((k) => k.kind);
    return [
      ...listed.filter((k) => muted.has(k) && !critical.has(k)),
      ...[...muted].filter((k) => !listed.includes(k) && !critical.has(k)),
    ];
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const input = { emailMode, mutedKinds: mutedList() };
    const checked = NotificationPreferences.safeParse(input);
    if (!checked.success) {
      setLocalErrors(checked.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })));
      return;
    }
    setLocalErrors([]);
    save.mutate({ ...input, version }, { onSuccess: (fresh) => setVersion(fresh.data.version) });
  };

  // Field errors, from the form's own check or a 422: "emailMode", or "mutedKinds.3" naming the 4th kind sent.
  const issues = localErrors.length > 0 ? localErrors : fieldIssues(save.error);
  const sentMuted = save.variables?.mutedKinds ?? mutedList();
  const emailError = issues.find((i) => i.path[0] === "emailMode")?.message;
  const kindError = (kind: NotificationKind) =>
    issues.find((i) => i.path[0] === "mutedKinds" && i.path[1] !== undefined && sentMuted[Number(i.path[1])] === kind)
      ?.message;
  const kindsError = issues.find((i) => i.path[0] === "mutedKinds" && i.path[1] === undefined)?.message;
  const conflict = hasCode(save.error, "version_conflict");
  const otherFailure = save.error && !conflict && fieldIssues(save.error).length === 0 ? save.error : null;

  const toggle = (kind: NotificationKind, receive: boolean) =>
    setMuted((current) => {
      const next = new Set(current);
      if (receive) next.delete(kind);
      else next.add(kind);
      return next;
    });

  return (
    <form onSubmit={submit} noValidate data-testid="notification-settings-form">
      <Stack gap="lg">
        {reloaded && !conflict && !save.isSuccess && (
          <Alert color="blue" variant="light" role="status">
            {t("notificationSettings.reloaded")}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-email">
            <Title order={2} size="h4" id="settings-email" mb="md">
              {t("notificationSettings.emailTitle")}
            </Title>
            <Radio.Group
              label={t("notificationSettings.emailLabel")}
              value={emailMode}
              onChange={(value) => {
                const parsed = EmailMode.safeParse(value);
                if (parsed.success) setEmailMode(parsed.data);
              }}
              error={emailError}
              data-testid="settings-email-mode"
            >
              <Stack gap="md" mt="sm">
                {EmailMode.options.map((mode) => (
                  <Radio
                    key={mode}
                    value={mode}
                    label={t(`notificationSettings.email.${mode}`)}
                    description={t(`notificationSettings.emailHint.${mode}`)}
                    data-testid={`settings-email-${mode}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Paper>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-kinds">
            <Title order={2} size="h4" id="settings-kinds" mb={4}>
              {t("notificationSettings.kindsTitle")}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t("notificationSettings.kindsIntro")} {t("notificationSettings.criticalNote")}
            </Text>
            <Stack gap="sm" role="group" aria-labelledby="settings-kinds">
              {body.kinds.map((k) => (
                <Checkbox
                  key={k.kind}
                  label={k.label[lang] || k.label.id}
                  description={k.critical ? t("notificationSettings.alwaysSent") : undefined}
                  checked={k.critical || !muted.has(k.kind)}
                  disabled={k.critical}
                  // A kind that is always sent stays readable: it is information, not an unavailable choice.
                  styles={k.critical ? { label: { color: "var(--mantine-color-text)" } } : undefined}
                  onChange={(event) => toggle(k.kind, event.currentTarget.checked)}
                  error={kindError(k.kind)}
                  data-testid="settings-kind"
                  data-kind={k.kind}
                />
              ))}
            </Stack>
            {kindsError && (
              <Text size="sm" c="red" mt="sm" role="alert">
                {kindsError}
              </Text>
            )}
          </Paper>
        </SimpleGrid>
        {conflict && (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            title={t("notificationSettings.conflictTitle")}
            data-testid="settings-conflict"
          >
            <Text size="sm">{t("notificationSettings.conflictBody")}</Text>
            <Button
              mt="sm"
              size="xs"
              color="orange"
              onClick={onReload}
              loading={reloading}
              data-testid="settings-reload"
            >
              {t("notificationSettings.reload")}
            </Button>
          </Alert>
        )}
        {otherFailure && (
          <Alert color="red" variant="light" role="alert">
            {errorText(otherFailure)}
          </Alert>
        )}
        {save.isSuccess && (
          <Alert color="green" variant="light" role="status" data-testid="settings-saved">
            {t("notificationSettings.saved")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="settings-save">
            {t("notificationSettings.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
