import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasCode } from "../../api/client";
import { type SchemeDetail, type SchemeWithCan, useCreateScheme } from "../../api/evaluation-schemes";
import { definedOnly } from "../auth/validate";
import { useErrorText } from "../ErrorState";
import { issuesByPath, validSchemeCode } from "./scheme-form";

type Props = { source: SchemeDetail | null; onClose: () => void; onCopied: (scheme: SchemeWithCan) => void };

/** "Salin": a new draft with the source's weights, scale and items under a new code, version and name. */
export function SchemeCopyModal({ source, onClose, onCopied }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={source !== null}
      onClose={onClose}
      title={t("evaluationSchemes.copy.title", { name: source?.name ?? "" })}
      data-testid="scheme-copy-modal"
    >
      {source && <CopyForm source={source} onCancel={onClose} onCopied={onCopied} />}
    </Modal>
  );
}

function CopyForm({
  source,
  onCancel,
  onCopied,
}: { source: SchemeDetail; onCancel: () => void } & Pick<Props, "onCopied">) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useCreateScheme();
  const [code, setCode] = useState(source.code);
  const [version, setVersion] = useState(`${source.version}-salinan`);
  const [name, setName] = useState(t("evaluationSchemes.copy.defaultName", { name: source.name }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      code: validSchemeCode(code) ? undefined : t("evaluationSchemes.form.codeInvalid"),
      version: version.trim() ? undefined : t("evaluationSchemes.form.required"),
      name: name.trim() ? undefined : t("evaluationSchemes.form.required"),
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    try {
      onCopied(await create.mutateAsync({ copyOf: source.id, code, version: version.trim(), name: name.trim() }));
    } catch (cause) {
      const fields = issuesByPath(cause);
      if (hasCode(cause, "scheme_code_taken")) fields.version = errorText(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t("evaluationSchemes.form.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus
          data-testid="scheme-copy-name"
        />
        <TextInput
          label={t("evaluationSchemes.form.code")}
          description={t("evaluationSchemes.form.codeHint")}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.trim())}
          error={errors.code}
          required
          data-testid="scheme-copy-code"
        />
        <TextInput
          label={t("evaluationSchemes.form.version")}
          value={version}
          onChange={(e) => setVersion(e.currentTarget.value)}
          error={errors.version}
          required
          data-testid="scheme-copy-version"
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
          <Button type="submit" loading={create.isPending} data-testid="scheme-copy-submit">
            {t("evaluationSchemes.copy.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
