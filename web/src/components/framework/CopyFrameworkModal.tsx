import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FrameworkSummary } from "../../../../domain/framework/schemas";
import { fieldErrors, hasCode } from "../../api/client";
import { useCreateFramework } from "../../api/frameworks";
import { useErrorText } from "../ErrorState";

type CopyFrameworkModalProps = {
  source: FrameworkSummary | null;
  onClose: () => void;
  onCopied: (id: number) => void;
};

/** "Salin kerangka": a new draft with the source's whole content under a new code, version and name. */
export function CopyFrameworkModal({ source, onClose, onCopied }: CopyFrameworkModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={source !== null}
      onClose={onClose}
      title={t("frameworkEdit.copyModal.title", { name: source?.name ?? "" })}
      data-testid="framework-copy-modal"
    >
      {source && <CopyForm source={source} onCancel={onClose} onCopied={onCopied} />}
    </Modal>
  );
}

function CopyForm({
  source,
  onCancel,
  onCopied,
}: {
  source: FrameworkSummary;
  onCancel: () => void;
  onCopied: (id: number) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useCreateFramework();
  const suffix = t("frameworkEdit.copyModal.copySuffix");
  const [code, setCode] = useState(`${source.code}-${suffix}`);
  const [version, setVersion] = useState(source.version);
  const [name, setName] = useState(`${source.name} (${suffix})`);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[a-z0-9-]+$/.test(code.trim())) found.code = t("frameworkEdit.errors.codeFormat");
    if (!version.trim()) found.version = t("frameworkEdit.errors.required");
    if (!name.trim()) found.name = t("frameworkEdit.errors.required");
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { copyOf: source.id, code: code.trim(), version: version.trim(), name: name.trim() },
      {
        onSuccess: (body) => onCopied(body.data.id),
        onError: (cause) => {
          const fields = fieldErrors(cause);
          if (hasCode(cause, "framework_code_taken")) fields.code = errorText(cause);
          if (Object.keys(fields).length > 0) setErrors(fields);
          else setFailure(cause);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t("frameworkEdit.copyModal.intro")}</Text>
        <TextInput
          label={t("frameworkEdit.copyModal.code")}
          description={t("frameworkEdit.copyModal.codeHint")}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errors.code}
          autoCapitalize="none"
          data-autofocus
        />
        <TextInput
          label={t("frameworkEdit.copyModal.version")}
          value={version}
          onChange={(e) => setVersion(e.currentTarget.value)}
          error={errors.version}
        />
        <TextInput
          label={t("frameworkEdit.copyModal.name")}
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
          <Button type="submit" loading={create.isPending} data-testid="framework-copy-submit">
            {t("frameworkEdit.copyModal.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
