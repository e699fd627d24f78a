import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanAction } from "../../../../domain/masterplan";
import type { MasterplanOut } from "../../../../domain/masterplan-responses";
import { fieldErrors, hasCode } from "../../api/client";
import { transitionMasterplan } from "../../api/masterplans";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { useErrorText } from "../ErrorState";
import { ConflictAlert } from "./ConflictAlert";

type Props = { plan: MasterplanOut; onDone: (text: string) => void };

/** Submit, return, approve and enact — each shown only when the plan's `can` says so, each asked first. */
export function TransitionControls({ plan, onDone }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [form, setForm] = useState<"return" | "enact" | null>(null);
  const [incomplete, setIncomplete] = useState<string[] | null>(null);
  const [conflict, setConflict] = useState(false);

  const run = async (action: MasterplanAction, extra: Record<string, string | undefined> = {}) => {
    setIncomplete(null);
    setConflict(false);
    try {
      await transitionMasterplan(plan.id, { action, version: plan.version, ...extra });
    } catch (cause) {
      if (hasCode(cause, "masterplan_incomplete")) {
        const items = (cause.details as { items?: Array<{ ok: boolean; message: string }> } | undefined)?.items ?? [];
        setIncomplete(items.filter((i) => !i.ok).map((i) => i.message));
        void client.invalidateQueries({ queryKey: ["masterplans", "completeness", plan.id] });
        return;
      }
      if (hasCode(cause, "version_conflict")) {
        setConflict(true);
        return;
      }
      throw cause;
    }
    void client.invalidateQueries({ queryKey: ["masterplans"] });
    onDone(t(`masterplan.actions.done.${action}`));
  };

  const ask = (action: "submit" | "approve", message: string, testId: string) =>
    setConfirm({
      title: t(`masterplan.actions.${action}`),
      message,
      confirmLabel: t(`masterplan.actions.${action}`),
      color: "blue",
      confirmTestId: `${testId}-confirm`,
      action: () => run(action),
    });

  const { can } = plan;
  // The coordinator of an incomplete draft sees the button disabled, with the reason (`submitBlockedBy`).
  const blocked = plan.submitBlockedBy === "masterplan_incomplete";
  if (!can.submit && !blocked && !can.return && !can.approve && !can.enact) return null;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {(can.submit || blocked) && (
          <Button
            disabled={!can.submit}
            onClick={() => ask("submit", t("masterplan.actions.submitConfirm"), "masterplan-submit")}
            data-testid="masterplan-submit"
          >
            {t("masterplan.actions.submit")}
          </Button>
        )}
        {can.approve && (
          <Button
            color="green"
            onClick={() => ask("approve", t("masterplan.actions.approveConfirm"), "masterplan-approve")}
            data-testid="masterplan-approve"
          >
            {t("masterplan.actions.approve")}
          </Button>
        )}
        {can.return && (
          <Button variant="default" onClick={() => setForm("return")} data-testid="masterplan-return">
            {t("masterplan.actions.return")}
          </Button>
        )}
        {can.enact && (
          <Button color="grape" onClick={() => setForm("enact")} data-testid="masterplan-enact">
            {t("masterplan.actions.enact")}
          </Button>
        )}
      </Group>
      {blocked && (
        <Text size="sm" c="orange" data-testid="masterplan-submit-blocked">
          {t("masterplan.actions.submitBlocked")}
        </Text>
      )}
      {incomplete && (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          title={t("masterplan.actions.incomplete")}
          data-testid="masterplan-incomplete"
        >
          <List size="sm">
            {incomplete.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {conflict && (
        <ConflictAlert
          onReload={() => {
            setConflict(false);
            void client.invalidateQueries({ queryKey: ["masterplans"] });
          }}
        />
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
      <Modal
        opened={form !== null}
        onClose={() => setForm(null)}
        title={form === "enact" ? t("masterplan.actions.enactTitle") : t("masterplan.actions.return")}
      >
        {form && (
          <TransitionForm
            action={form}
            onCancel={() => setForm(null)}
            onSubmit={async (extra) => {
              await run(form, extra);
              setForm(null);
            }}
            errorText={errorText}
          />
        )}
      </Modal>
    </Stack>
  );
}

type FormProps = {
  action: "return" | "enact";
  onCancel: () => void;
  onSubmit: (extra: Record<string, string | undefined>) => Promise<void>;
  errorText: (e: unknown) => string;
};

function TransitionForm({ action, onCancel, onSubmit, errorText }: FormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const [number, setNumber] = useState("");
  const [date, setDate] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(
        action === "enact"
          ? { perkadaNumber: number.trim(), perkadaDate: date || undefined }
          : { note: note.trim() || undefined },
      );
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {action === "return" ? (
          <Textarea
            label={t("masterplan.actions.returnNote")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={3}
            error={errors.note}
            data-autofocus
            data-testid="masterplan-return-note"
          />
        ) : (
          <>
            <TextInput
              label={t("masterplan.actions.perkadaNumber")}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              error={errors.perkadaNumber}
              required
              data-autofocus
              data-testid="masterplan-perkada-number"
            />
            <TextInput
              type="date"
              label={t("masterplan.actions.perkadaDate")}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.perkadaDate}
              required
              data-testid="masterplan-perkada-date"
            />
          </>
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
          <Button
            type="submit"
            loading={busy}
            color={action === "enact" ? "grape" : "orange"}
            data-testid={`masterplan-${action}-submit`}
          >
            {action === "enact" ? t("masterplan.actions.enact") : t("masterplan.actions.return")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
