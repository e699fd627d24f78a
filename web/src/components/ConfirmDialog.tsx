import { Alert, Button, Group, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "./ErrorState";

/** What to ask and what to do on "yes". `action` may throw; its error is shown in the dialog. */
export type ConfirmRequest = {
  title: string;
  message: string;
  confirmLabel: string;
  color?: string;
  /** The confirm button's test id, when a page needs to tell its dialogs apart. */
  confirmTestId?: string;
  action: () => Promise<unknown>;
};

type ConfirmDialogProps = { request: ConfirmRequest | null; onClose: () => void };

/** Asks before a destructive action, with explicit buttons; stays open and tells why when it fails. */
export function ConfirmDialog({ request, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A new question starts without the previous answer's error.
  const [seen, setSeen] = useState(request);
  if (request !== seen) {
    setSeen(request);
    setError(null);
    setBusy(false);
  }

  const confirm = async () => {
    if (!request) return;
    setBusy(true);
    setError(null);
    try {
      await request.action();
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={request !== null}
      onClose={() => !busy && onClose()}
      title={request?.title}
      centered
      data-testid="confirm-dialog"
    >
      <Text mb="md">{request?.message}</Text>
      {error !== null && (
        <Alert color="red" variant="light" mb="md" role="alert" title={t("common.actionFailed")}>
          {errorText(error)}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
          {t("common.cancel")}
        </Button>
        <Button
          color={request?.color ?? "red"}
          onClick={() => void confirm()}
          loading={busy}
          data-testid={request?.confirmTestId ?? "confirm-submit"}
        >
          {request?.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
