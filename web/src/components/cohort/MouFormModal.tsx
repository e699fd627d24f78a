import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MOU_MODES, type MouInput, type MouMode, type MouOut } from "../../../../domain/mou";
import { fieldErrors, hasCode } from "../../api/client";
import { saveMou } from "../../api/mou";
import { useDomainLabels } from "../../i18n/labels";
import { useErrorText } from "../ErrorState";

const TEXT_FIELDS = [
  "ministryNumber",
  "regionNumber",
  "place",
  "ministrySignatoryName",
  "ministrySignatoryPosition",
  "ministrySignatoryNip",
  "regionSignatoryName",
  "regionSignatoryPosition",
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

type MouFormModalProps = {
  mou: MouOut | null;
  onClose: () => void;
  onSaved: (mou: MouOut) => void;
  /** Reloads the memorandum after someone else changed it. */
  onReload: (candidateId: number) => Promise<MouOut | undefined>;
};

/** One region's memorandum: numbers, date, mode, place and both signatories, saved with its version. */
export function MouFormModal({ mou, onClose, ...props }: MouFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={mou !== null}
      onClose={onClose}
      title={mou ? t("mou.editTitle", { region: mou.regionName }) : ""}
      size="lg"
      data-testid="mou-form-modal"
    >
      {mou && <MouForm key={mou.candidateId} mou={mou} onCancel={onClose} {...props} />}
    </Modal>
  );
}

function MouForm({
  mou,
  onCancel,
  onSaved,
  onReload,
}: Omit<MouFormModalProps, "mou" | "onClose"> & { mou: MouOut; onCancel: () => void }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const errorText = useErrorText();
  const [base, setBase] = useState(mou);
  const [values, setValues] = useState<Record<TextField, string>>(() => textValues(mou));
  const [signedOn, setSignedOn] = useState(mou.signedOn ?? "");
  const [mode, setMode] = useState<MouMode | null>(mou.mode);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setConflict(false);
    // Empty fields are cleared (null); the server lists what is still missing.
    const input: MouInput = {
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f].trim() || null])),
      signedOn: signedOn || null,
      mode,
      version: base.version,
    };
    setBusy(true);
    try {
      const saved = await saveMou(base.candidateId, input);
      onSaved(saved.data);
    } catch (cause) {
      if (hasCode(cause, "version_conflict")) {
        const fresh = await onReload(base.candidateId).catch(() => undefined);
        if (fresh) {
          setBase(fresh);
          setValues(textValues(fresh));
          setSignedOn(fresh.signedOn ?? "");
          setMode(fresh.mode);
        }
        setConflict(true);
      } else {
        const fields = fieldErrors(cause);
        if (Object.keys(fields).length > 0) setErrors(fields);
        else setFailure(cause);
      }
      setBusy(false);
    }
  };

  const input = (field: TextField) => (
    <TextInput
      key={field}
      label={t(`mou.${field}`)}
      value={values[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((prev) => ({ ...prev, [field]: value }));
      }}
      error={errors[field]}
      {...(field === "ministrySignatoryNip"
        ? { inputMode: "numeric" as const, maxLength: 18, description: t("mou.nipHint") }
        : {})}
      data-testid={`mou-${field}`}
    />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {input("ministryNumber")}
          {input("regionNumber")}
          <TextInput
            type="date"
            label={t("mou.signedOn")}
            value={signedOn}
            onChange={(event) => setSignedOn(event.currentTarget.value)}
            error={errors.signedOn}
            data-testid="mou-signedOn"
          />
          <Select
            label={t("mou.mode")}
            placeholder={t("mou.modePlaceholder")}
            data={MOU_MODES.map((m) => ({ value: m, label: labels.mouMode(m) }))}
            value={mode}
            onChange={(value) => setMode((value as MouMode | null) ?? null)}
            error={errors.mode}
            clearable
            data-testid="mou-mode"
          />
        </SimpleGrid>
        {input("place")}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {input("ministrySignatoryName")}
          {input("ministrySignatoryPosition")}
          {input("ministrySignatoryNip")}
          <span aria-hidden="true" />
          {input("regionSignatoryName")}
          {input("regionSignatoryPosition")}
        </SimpleGrid>
        {conflict && (
          <Alert color="orange" variant="light" role="alert" data-testid="mou-conflict">
            {t("mou.conflict")}
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
          <Button type="submit" loading={busy} data-testid="mou-submit">
            {t("mou.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function textValues(mou: MouOut): Record<TextField, string> {
  return Object.fromEntries(TEXT_FIELDS.map((f) => [f, mou[f] ?? ""])) as Record<TextField, string>;
}
