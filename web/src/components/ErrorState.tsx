import { Alert, Button, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

type ErrorStateProps = { error: unknown; onRetry?: () => void; title?: string };

/** The reader's text for an error: the translated code when we know it, else what the server said. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      const key = `errors.${error.code}`;
      if (i18n.exists(key)) return t(key as "errors.unknown_error");
      return error.message || t("errors.unknown_error");
    }
    return t("errors.unknown_error");
  };
}

/** A failed load, with the reason and a way to try again. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert color="red" variant="light" title={title ?? t("common.errorTitle")} role="alert">
      <Text size="sm">{errorText(error)}</Text>
      {onRetry && (
        <Button mt="sm" size="xs" variant="white" color="red" onClick={onRetry}>
          {t("common.retry")}
        </Button>
      )}
    </Alert>
  );
}
