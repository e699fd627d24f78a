import { Alert, Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasCode } from "../../api/client";
import { type RealisationOut, returnRealisation, verifyRealisation } from "../../api/monitoring";
import { useErrorText } from "../ErrorState";
import { ConflictAlert } from "../masterplan/ConflictAlert";
import { issueMessages } from "../masterplan/use-section";

type Props = {
  realisation: Pick<RealisationOut, "id" | "version" | "can">;
  /** What was done, for the page's notice; the lists are refreshed by the caller. */
  onDone: (text: string) => void;
  onFailure: (error: unknown) => void;
  /** Asks for the latest copy after a 409, so the next try carries its version. */
  onStale: () => void;
};

/** The coordinator's Verifikasi and Kembalikan (with a note), shown only when `can` allows them. */
export function ReviewButtons({ realisation: r, onDone, onFailure, onStale }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  if (!r.can.verify && !r.can.return) return null;

  const verify = async () => {
    setBusy(true);
    try {
      await verifyRealisation(r.id, r.version);
      onDone(t("monitoring.review.verified"));
    } catch (cause) {
      if (hasCode(cause, "version_conflict")) onStale();
      onFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap={4} wrap="nowrap">
      {r.can.verify && (
        <Button
          size="compact-xs"
          color="green"
          loading={busy}
          onClick={() => void verify()}
          data-testid={`realisation-verify-${r.id}`}
        >
          {t("monitoring.review.verify")}
        </Button>
      )}
      {r.can.return && (
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          disabled={busy}
          onClick={() => setReturning(true)}
          data-testid={`realisation-return-${r.id}`}
        >
          {t("monitoring.review.return")}
        </Button>
      )}
      <Modal opened={returning} onClose={() => setReturning(false)} title={t("monitoring.review.returnTitle")}>
        {returning && (
          <ReturnForm
            realisation={r}
            onCancel={() => setReturning(false)}
            onStale={onStale}
            onReturned={() => {
              setReturning(false);
              onDone(t("monitoring.review.returned"));
            }}
          />
        )}
      </Modal>
    </Group>
  );
}

type ReturnFormProps = {
  realisation: Pick<RealisationOut, "id" | "version">;
  onCancel: () => void;
  onReturned: () => void;
  onStale: () => void;
};

function ReturnForm({ realisation, onCancel, onReturned, onStale }: ReturnFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!note.trim()) {
      setError(t("monitoring.review.noteRequired"));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await returnRealisation(realisation.id, realisation.version, note.trim());
      onReturned();
    } catch (cause) {
      if (hasCode(cause, "version_conflict")) setConflict(true);
      else {
        const fields = issueMessages(cause, "");
        if (fields.note) setError(fields.note);
        else setFailure(cause);
      }
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t("monitoring.review.note")}
          description={t("monitoring.review.noteHint")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
          required
          error={error}
          data-autofocus
          data-testid="return-note"
        />
        {conflict && (
          <ConflictAlert
            onReload={() => {
              onStale();
              onCancel();
            }}
            testId="return-conflict"
          />
        )}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="orange" loading={busy} disabled={conflict} data-testid="return-submit">
            {t("monitoring.review.returnSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
