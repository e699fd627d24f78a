import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserOut } from "../../../../domain/people";
import type { Role } from "../../../../domain/roles";
import { fieldErrors, hasCode } from "../../api/client";
import { grantMembership } from "../../api/people";
import type { RegionRef } from "../../api/session";
import { useErrorText } from "../ErrorState";
import { RoleScopeFields, type ScopeValue, scopeErrors, scopeInput } from "./RoleScopeFields";

type AddRoleModalProps = {
  user: UserOut | null;
  onClose: () => void;
  onGranted: (user: UserOut, role: Role) => void;
  roles: readonly Role[];
  regionOptions?: RegionRef[];
  defaultRegion?: string;
};

/** "Tambah peran": gives an existing person one more role. */
export function AddRoleModal({ user, onClose, ...props }: AddRoleModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t("addRole.title", { name: user.name }) : ""}
      size="lg"
      data-testid="add-role-modal"
    >
      {user && <AddRoleForm key={user.id} user={user} onCancel={onClose} {...props} />}
    </Modal>
  );
}

function AddRoleForm({
  user,
  onCancel,
  onGranted,
  roles,
  regionOptions,
  defaultRegion,
}: Omit<AddRoleModalProps, "user" | "onClose"> & { user: UserOut; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [scope, setScope] = useState<ScopeValue>({ role: null, regionCode: defaultRegion ?? null, opdId: null });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = scopeErrors(t, scope);
    setErrors(found as Record<string, string>);
    setFailure(null);
    if (Object.keys(found).length > 0 || !scope.role) return;
    setBusy(true);
    try {
      const updated = await grantMembership(user.id, scopeInput(scope));
      onGranted(updated.data, scope.role);
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (hasCode(cause, "membership_exists")) fields.role = errorText(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
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
          <Button type="submit" loading={busy} data-testid="add-role-submit">
            {t("addRole.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
