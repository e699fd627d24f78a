import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateOut } from "../../../../domain/cohort-api";
import { fieldErrors } from "../../api/client";
import { withdrawCandidate } from "../../api/cohorts";
import { useErrorText } from "../ErrorState";

type WithdrawModalProps = { candidate: CandidateOut | null; onClose: () => void; onDone: (c: CandidateOut) => void };

/** Withdrawing a candidate: asks first, and the reason is required (it is audited and shown to the region). */
export function WithdrawModal({ candidate, onClose, onDone }: WithdrawModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={candidate !== null}
      onClose={onClose}
      title={candidate ? t("candidates.withdrawTitle", { region: candidate.regionName }) : ""}
      data-testid="withdraw-modal"
    >
      {candidate && <WithdrawForm candidate={candidate} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function WithdrawForm({
  candidate,
  onCancel,
  onDone,
}: {
  candidate: CandidateOut;
  onCancel: () => void;
  onDone: (c: CandidateOut) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (reason.trim().length < 5) {
      setError(t("candidates.reasonMin"));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const result = await withdrawCandidate(candidate.id, reason.trim());
      onDone(result.data);
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (fields.reason) setError(fields.reason);
      else setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Textarea
          label={t("candidates.withdrawReason")}
          description={t("candidates.withdrawHint")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          autosize
          minRows={3}
          data-autofocus
          data-testid="withdraw-reason"
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm">{errorText(failure)}</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="red" loading={busy} data-testid="withdraw-submit">
            {t("candidates.withdrawSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
