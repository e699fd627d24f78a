import { Alert, Button, Fieldset, Group, List, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanAction } from "../../../../domain/masterplan";
import { MasterplanTransition } from "../../../../domain/masterplan-api";
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

  const run = async (action: MasterplanAction, extra: TransitionExtra = {}) => {
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

type TransitionExtra = Record<string, string | number | undefined>;

type FormProps = {
  action: "return" | "enact";
  onCancel: () => void;
  onSubmit: (extra: TransitionExtra) => Promise<void>;
  errorText: (e: unknown) => string;
};

const ENACT_FIELDS = [
  "perkadaNumber",
  "perkadaDate",
  "headName",
  "secretaryName",
  "secretaryNip",
  "promulgatedOn",
  "gazetteYear",
  "gazetteNumber",
] as const;
type EnactField = (typeof ENACT_FIELDS)[number];

/** The enactment as the API takes it: trimmed text, the gazette year as a number, blanks left out. */
function enactBody(values: Record<EnactField, string>): TransitionExtra {
  const out: TransitionExtra = {};
  for (const key of ENACT_FIELDS) {
    const v = values[key].trim();
    if (v) out[key] = key === "gazetteYear" && /^\d+$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** The form's errors from the same schema the server checks, by field. */
function enactErrors(values: Record<EnactField, string>): Record<string, string> {
  const parsed = MasterplanTransition.safeParse({ action: "enact", version: 1, ...enactBody(values) });
  const out: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const key = String(issue.path[0] ?? "_");
    out[key] ??=
      key === "gazetteYear" && values.gazetteYear.trim() && !/^\d+$/.test(values.gazetteYear.trim())
        ? "Tahun harus berupa angka"
        : issue.message;
  }
  return out;
}

function TransitionForm({ action, onCancel, onSubmit, errorText }: FormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const [values, setValues] = useState<Record<EnactField, string>>({
    perkadaNumber: "",
    perkadaDate: "",
    headName: "",
    secretaryName: "",
    secretaryNip: "",
    promulgatedOn: "",
    gazetteYear: "",
    gazetteNumber: "",
  });
  const set = (key: EnactField) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action === "enact") {
      const found = enactErrors(values);
      setErrors(found);
      if (Object.keys(found).length > 0) return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(action === "enact" ? enactBody(values) : { note: note.trim() || undefined });
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
              value={values.perkadaNumber}
              onChange={set("perkadaNumber")}
              error={errors.perkadaNumber}
              required
              data-autofocus
              data-testid="masterplan-perkada-number"
            />
            <TextInput
              type="date"
              label={t("masterplan.actions.perkadaDate")}
              value={values.perkadaDate}
              onChange={set("perkadaDate")}
              error={errors.perkadaDate}
              required
              data-testid="masterplan-perkada-date"
            />
            <Fieldset legend={t("masterplan.actions.signedBy")} variant="unstyled">
              <TextInput
                label={t("masterplan.actions.headName")}
                description={t("masterplan.actions.headNameHint")}
                value={values.headName}
                onChange={set("headName")}
                error={errors.headName}
                required
                autoComplete="off"
                data-testid="masterplan-perkada-head-name"
              />
            </Fieldset>
            <Fieldset legend={t("masterplan.actions.promulgation")} variant="unstyled">
              <Stack gap="sm">
                <TextInput
                  label={t("masterplan.actions.secretaryName")}
                  value={values.secretaryName}
                  onChange={set("secretaryName")}
                  error={errors.secretaryName}
                  required
                  autoComplete="off"
                  data-testid="masterplan-perkada-secretary-name"
                />
                <TextInput
                  label={t("masterplan.actions.secretaryNip")}
                  description={t("masterplan.actions.secretaryNipHint")}
                  value={values.secretaryNip}
                  onChange={set("secretaryNip")}
                  error={errors.secretaryNip}
                  required
                  inputMode="numeric"
                  maxLength={18}
                  autoComplete="off"
                  data-testid="masterplan-perkada-secretary-nip"
                />
                <TextInput
                  type="date"
                  label={t("masterplan.actions.promulgatedOn")}
                  value={values.promulgatedOn}
                  onChange={set("promulgatedOn")}
                  error={errors.promulgatedOn}
                  required
                  data-testid="masterplan-perkada-promulgated-on"
                />
                <Group grow align="flex-start">
                  <TextInput
                    label={t("masterplan.actions.gazetteYear")}
                    value={values.gazetteYear}
                    onChange={set("gazetteYear")}
                    error={errors.gazetteYear}
                    required
                    inputMode="numeric"
                    maxLength={4}
                    data-testid="masterplan-perkada-gazette-year"
                  />
                  <TextInput
                    label={t("masterplan.actions.gazetteNumber")}
                    value={values.gazetteNumber}
                    onChange={set("gazetteNumber")}
                    error={errors.gazetteNumber}
                    required
                    data-testid="masterplan-perkada-gazette-number"
                  />
                </Group>
              </Stack>
            </Fieldset>
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
