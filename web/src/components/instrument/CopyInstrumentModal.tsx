import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InstrumentSummary } from "../../../../domain/instruments/schemas";
import { fieldErrors, hasCode } from "../../api/client";
import { useCreateInstrument } from "../../api/instruments";
import { useErrorText } from "../ErrorState";

type CopyInstrumentModalProps = {
  source: InstrumentSummary | null;
  onClose: () => void;
  onCopied: (id: number) => void;
};

/** "Salin instrumen": a new draft with the source's criteria and weights under a new code, version and name. */
export function CopyInstrumentModal({ source, onClose, onCopied }: CopyInstrumentModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={source !== null}
      onClose={onClose}
      title={t("instrumentEdit.copyModal.title", { name: source?.name ?? "" })}
      data-testid="instrument-copy-modal"
    >
      {source && <CopyForm source={source} onCancel={onClose} onCopied={onCopied} />}
    </Modal>
  );
}

function CopyForm(props: { source: InstrumentSummary; onCancel: () => void; onCopied: (id: number) => void }) {
  const { source, onCancel, onCopied } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useCreateInstrument();
  const suffix = t("instrumentEdit.copyModal.copySuffix");
  const [code, setCode] = useState(source.code);
  const [version, setVersion] = useState(`${source.version}-${suffix}`);
  const [name, setName] = useState(`${source.name} (${suffix})`);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[a-z0-9-]+$/.test(code.trim())) found.code = t("instrumentEdit.copyModal.codeHint");
    if (!version.trim()) found.version = t("instrumentEdit.required");
    if (!name.trim()) found.name = t("instrumentEdit.required");
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { copyOf: source.id, code: code.trim(), version: version.trim(), name: name.trim() },
      {
        onSuccess: (body) => onCopied(body.data.id),
        onError: (cause) => {
          const fields = fieldErrors(cause);
          if (hasCode(cause, "instrument_code_taken")) fields.version = errorText(cause);
          if (Object.keys(fields).length > 0) setErrors(fields);
          else setFailure(cause);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t("instrumentEdit.copyModal.intro")}</Text>
        <TextInput
          label={t("instrumentEdit.copyModal.code")}
          description={t("instrumentEdit.copyModal.codeHint")}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errors.code}
          autoCapitalize="none"
        />
        <TextInput
          label={t("instrumentEdit.copyModal.version")}
          value={version}
          onChange={(e) => setVersion(e.currentTarget.value)}
          error={errors.version}
          data-autofocus
          data-testid="instrument-copy-version"
        />
        <TextInput
          label={t("instrumentEdit.copyModal.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="instrument-copy-submit">
            {t("instrumentEdit.copyModal.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
