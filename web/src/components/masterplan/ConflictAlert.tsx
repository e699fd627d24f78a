import { Alert, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type ConflictAlertProps = { onReload: () => void; busy?: boolean; testId?: string };

/** 409 version_conflict: someone else saved first; "Muat ulang" takes their version and keeps the input. */
export function ConflictAlert({ onReload, busy, testId = "version-conflict" }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" title={t("masterplan.conflict.title")} data-testid={testId}>
      <Text size="sm">{t("masterplan.conflict.body")}</Text>
      <Button mt="sm" size="xs" color="orange" onClick={onReload} loading={busy} data-testid={`${testId}-reload`}>
        {t("masterplan.conflict.reload")}
      </Button>
    </Alert>
  );
}

/** Shown after a reload: the form now carries the latest version. */
export function ReloadedNote() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" role="status">
      {t("masterplan.conflict.reloaded")}
    </Alert>
  );
}
