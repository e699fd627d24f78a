import { Alert, Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrors } from "../../api/client";
import { useErrorText } from "../ErrorState";

export type CommentRequest = {
  title: string;
  confirmLabel: string;
  color?: string;
  testId: string;
  action: (comment: string) => Promise<unknown>;
};

/** Asks a reviewer why (a revision request, a reopened approval); the reason is required. */
export function CommentModal({ request, onClose }: { request: CommentRequest | null; onClose: () => void }) {
  return (
    <Modal opened={request !== null} onClose={onClose} title={request?.title} data-testid="comment-modal">
      {request && <CommentForm request={request} onClose={onClose} />}
    </Modal>
  );
}

function CommentForm({ request, onClose }: { request: CommentRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (comment.trim().length < 5) {
      setError(t("bimtek.commentMin"));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await request.action(comment.trim());
      onClose();
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (fields.comment) setError(fields.comment);
      else setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Textarea
          label={t("bimtek.comment")}
          description={t("bimtek.commentHint")}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={error}
          autosize
          minRows={3}
          data-autofocus
          data-testid="comment-text"
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={request.color ?? "orange"} loading={busy} data-testid={request.testId}>
            {request.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
