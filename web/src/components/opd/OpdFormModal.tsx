import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { OPD_KINDS, type OpdKind, type OpdOut } from "../../../../domain/opd";
import { fieldErrors, hasCode } from "../../api/client";
import { createOpd, updateOpd } from "../../api/opds";
import { useDomainLabels } from "../../i18n/labels";
import { definedOnly } from "../auth/validate";
import { useErrorText } from "../ErrorState";

export type OpdFormTarget = { mode: "add"; regionCode: string } | { mode: "edit"; opd: OpdOut };

type OpdFormModalProps = {
  target: OpdFormTarget | null;
  onClose: () => void;
  onSaved: (opd: OpdOut, mode: OpdFormTarget["mode"]) => void;
  /** Reloads the list and returns the latest version of one OPD (after a version conflict). */
  onReload: (id: number) => Promise<OpdOut | undefined>;
};

/** Adding an OPD, or editing one with its version so someone else's change is never overwritten. */
export function OpdFormModal({ target, onClose, ...props }: OpdFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === "edit" ? t("opd.editTitle") : t("opd.addTitle")}
      size="lg"
      data-testid="opd-form-modal"
    >
      {target && (
        <OpdForm key={target.mode === "edit" ? target.opd.id : "add"} target={target} onCancel={onClose} {...props} />
      )}
    </Modal>
  );
}

// The server sends its stored row (without `can`) along with the conflict.
type StoredOpd = Pick<OpdOut, "id" | "name" | "abbreviation" | "kind" | "active" | "version">;
type Conflict = { current?: StoredOpd };

function OpdForm({
  target,
  onCancel,
  onSaved,
  onReload,
}: Omit<OpdFormModalProps, "target" | "onClose"> & { target: OpdFormTarget; onCancel: () => void }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const errorText = useErrorText();
  const initial = target.mode === "edit" ? target.opd : null;
  // The version the form edits; replaced by the latest after "Muat ulang".
  const [base, setBase] = useState<OpdOut | null>(initial);
  const [name, setName] = useState(initial?.name ?? "");
  const [abbreviation, setAbbreviation] = useState(initial?.abbreviation ?? "");
  const [kind, setKind] = useState<OpdKind | null>(initial?.kind ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      name: name.trim().length >= 3 ? undefined : t("opd.nameMin"),
      abbreviation: abbreviation.trim().length >= 2 ? undefined : t("opd.abbreviationMin"),
      kind: kind ? undefined : t("opd.kindRequired"),
    });
    setErrors(found);
    setFailure(null);
    setReloaded(false);
    if (Object.keys(found).length > 0 || !kind) return;
    setBusy(true);
    try {
      const values = { name: name.trim(), abbreviation: abbreviation.trim(), kind };
      if (target.mode === "add") {
        const created = await createOpd(target.regionCode, values);
        onSaved(created.data, "add");
      } else if (base) {
        // Only what changed, so the audit trail shows the real edit.
        const changes = Object.fromEntries(
          Object.entries(values).filter(([key, value]) => base[key as keyof typeof values] !== value),
        );
        const updated = await updateOpd(base.id, { ...changes, version: base.version });
        onSaved(updated.data, "edit");
      }
    } catch (cause) {
      if (hasCode(cause, "version_conflict")) {
        const current = (cause.details as { current?: StoredOpd } | undefined)?.current;
        setConflict({ current });
      } else {
        const fields = fieldErrors(cause);
        if (hasCode(cause, "opd_abbreviation_taken")) fields.abbreviation = errorText(cause);
        if (Object.keys(fields).length > 0) setErrors(fields);
        else setFailure(cause);
      }
      setBusy(false);
    }
  };

  const reload = async () => {
    if (!base) return;
    setBusy(true);
    try {
      const stored = conflict?.current;
      const fresh = (await onReload(base.id)) ?? (stored ? { ...base, ...stored } : undefined);
      if (fresh) setBase(fresh);
      setConflict(null);
      setReloaded(true);
    } catch (cause) {
      setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t("opd.name")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          data-autofocus
        />
        <TextInput
          label={t("opd.abbreviation")}
          value={abbreviation}
          onChange={(event) => setAbbreviation(event.currentTarget.value)}
          error={errors.abbreviation}
          maw={260}
        />
        <Select
          label={t("opd.kind")}
          placeholder={t("opd.kindPlaceholder")}
          data={OPD_KINDS.map((k) => ({ value: k, label: labels.opdKind(k) }))}
          value={kind}
          onChange={(value) => setKind((value as OpdKind | null) ?? null)}
          allowDeselect={false}
          error={errors.kind}
          maw={260}
        />
        {conflict && (
          <Alert color="orange" variant="light" role="alert" title={t("opd.conflictTitle")} data-testid="opd-conflict">
            <Text size="sm">{t("opd.conflict")}</Text>
            {conflict.current && (
              <Text size="sm" mt={4}>
                {t("opd.conflictCurrent", {
                  name: conflict.current.name,
                  abbreviation: conflict.current.abbreviation,
                  kind: labels.opdKind(conflict.current.kind),
                })}
                {conflict.current.active ? "" : ` · ${t("opd.inactive")}`}
              </Text>
            )}
            <Button
              mt="sm"
              size="xs"
              color="orange"
              onClick={() => void reload()}
              loading={busy}
              data-testid="opd-reload"
            >
              {t("opd.reload")}
            </Button>
          </Alert>
        )}
        {reloaded && (
          <Alert color="blue" variant="light" role="status">
            {t("opd.reloaded")}
          </Alert>
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
            disabled={conflict !== null}
            data-testid={target.mode === "add" ? "opd-add-submit" : "opd-edit-submit"}
          >
            {target.mode === "add" ? t("opd.submitAdd") : t("opd.submitEdit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
