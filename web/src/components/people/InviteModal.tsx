import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InvitationOut } from "../../../../domain/people";
import type { Role } from "../../../../domain/roles";
import { fieldErrors, hasCode } from "../../api/client";
import { invite } from "../../api/people";
import type { RegionRef } from "../../api/session";
import { definedOnly, emailError } from "../auth/validate";
import { useErrorText } from "../ErrorState";
import { RoleScopeFields, type ScopeValue, scopeErrors, scopeInput } from "./RoleScopeFields";

type InviteModalProps = {
  opened: boolean;
  onClose: () => void;
  onInvited: (invitation: InvitationOut) => void;
  roles: readonly Role[];
  regionOptions?: RegionRef[];
  defaultRegion?: string;
};

/** "Undang pengguna": e-mail, name, role and its scope; the server e-mails the link. */
export function InviteModal({ opened, onClose, ...props }: InviteModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t("invite.title")} size="lg" data-testid="invite-modal">
      {/* Mounted only while open, so each opening starts with an empty form. */}
      {opened && <InviteForm onCancel={onClose} {...props} />}
    </Modal>
  );
}

function InviteForm({
  onCancel,
  onInvited,
  roles,
  regionOptions,
  defaultRegion,
}: Omit<InviteModalProps, "opened" | "onClose"> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ScopeValue>({
    role: roles.length === 1 ? (roles[0] ?? null) : null,
    regionCode: defaultRegion ?? null,
    opdId: null,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      email: emailError(t, email),
      name: name.trim() && name.trim().length < 2 ? t("auth.nameMin") : undefined,
      ...scopeErrors(t, scope),
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await invite({
        email: email.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...scopeInput(scope),
      });
      onInvited(created.data);
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (hasCode(cause, "email_taken")) fields.email = errorText(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("invite.intro")}
        </Text>
        <TextInput
          label={t("invite.email")}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          data-autofocus
        />
        <TextInput
          label={t("invite.name")}
          description={t("invite.nameHint")}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
        />
        <RoleScopeFields
          value={scope}
          onChange={setScope}
          errors={errors}
          roles={roles}
          regionOptions={regionOptions}
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="invite-submit">
            {t("invite.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
