import { Alert, Button, Group, Modal } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasCode } from "../../api/client";
import { useErrorText } from "../ErrorState";
import { ConflictAlert, ReloadedNote } from "./ConflictAlert";
import { rebaseFields } from "./rebase";
import { issueMessages } from "./use-section";

/** Adding a new object, or editing one read earlier. */
export type FormTarget<T> = { mode: "add" } | { mode: "edit"; item: T };

/**
 * What every add-or-edit form of the plan shares: the version read, field errors (from the
 * form's own checks or a 422), another failure, a 409 conflict with its reload, and busy.
 */
export function useVersionedSave(initialVersion: number) {
  const [version, setVersion] = useState(initialVersion);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [busy, setBusy] = useState(false);

  /** Saves unless the form found problems (`found`, keyed by field); `write` gets the version to send. */
  const save = async (
    found: Record<string, string>,
    write: (version: number) => Promise<unknown>,
    done: () => void,
  ) => {
    setErrors(found);
    setFailure(null);
    setReloaded(false);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await write(version);
      done();
    } catch (cause) {
      if (hasCode(cause, "version_conflict")) setConflict(true);
      else {
        const fields = issueMessages(cause, "");
        if (Object.keys(fields).length > 0) setErrors(fields);
        else setFailure(cause);
      }
      setBusy(false);
    }
  };

  /** Takes the latest version (the person's input stays in the form, to be saved again). */
  const reload = async (latest: () => Promise<number | undefined>) => {
    setBusy(true);
    try {
      const fresh = await latest();
      if (fresh !== undefined) setVersion(fresh);
      setConflict(false);
      setReloaded(true);
    } catch (cause) {
      setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return { version, errors, failure, conflict, reloaded, busy, save, reload };
}

export type VersionedSave = ReturnType<typeof useVersionedSave>;

/**
 * A form's fields, remembered as they were read: `rebase` (after a 409 and a reload) takes the
 * newer version's value of every field the person left alone and keeps what they changed, so
 * saving again never writes back someone else's older values.
 */
export function useRebasedFields<F extends Record<string, unknown>>(initial: F) {
  const [base, setBase] = useState(initial);
  const [fields, setFields] = useState(initial);
  const set = <K extends keyof F>(key: K, value: F[K]) => setFields((f) => ({ ...f, [key]: value }));
  const rebase = (fresh: F) => {
    setFields((mine) => rebaseFields(base, mine, fresh));
    setBase(fresh);
  };
  return { fields, set, rebase };
}

type FooterProps = {
  state: VersionedSave;
  onReload: () => void;
  onCancel: () => void;
  submitLabel: string;
  testId: string;
};

/** The end of such a form: conflict and reload, the note after it, a failure, then cancel and submit. */
export function VersionedFormFooter({ state, onReload, onCancel, submitLabel, testId }: FooterProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <>
      {state.conflict && <ConflictAlert onReload={onReload} busy={state.busy} testId={`${testId}-conflict`} />}
      {state.reloaded && <ReloadedNote />}
      {(state.failure !== null || state.errors._) && (
        <Alert color="red" variant="light" role="alert">
          {state.errors._ ?? errorText(state.failure)}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={state.busy}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={state.busy} disabled={state.conflict} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}

type FormModalProps<T> = {
  target: FormTarget<T> | null;
  onClose: () => void;
  titles: { add: string; edit: string };
  /** The key that gives every edited object a fresh form. */
  keyOf: (item: T) => string | number;
  size?: string;
  testId?: string;
  children: (target: FormTarget<T>) => ReactNode;
};

/** A modal holding an add-or-edit form, titled by the mode; the form is new for every object. */
export function FormModal<T>({ target, onClose, titles, keyOf, size = "lg", testId, children }: FormModalProps<T>) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === "edit" ? titles.edit : titles.add}
      size={size}
      data-testid={testId}
    >
      {target && <div key={target.mode === "edit" ? keyOf(target.item) : "add"}>{children(target)}</div>}
    </Modal>
  );
}
