import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { GOVERNANCE_KINDS, type GovernanceBodyOut } from "../../../../domain/masterplan-api";
import { hasCode } from "../../api/client";
import { createGovernanceBody, governanceQuery, updateGovernanceBody } from "../../api/masterplans";
import { useFormatDate } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { QueryErrorState } from "../AccessStates";
import { useErrorText } from "../ErrorState";
import { Notice, type NoticeMessage } from "../Notice";
import { ConflictAlert, ReloadedNote } from "./ConflictAlert";
import { RowList } from "./RowList";
import { issueMessages } from "./use-section";

type Kind = (typeof GOVERNANCE_KINDS)[number];
type Member = { name: string; position: string; role: string };
type Target = { mode: "add" } | { mode: "edit"; body: GovernanceBodyOut };

/** Tata Kelola: Dewan Smart City, Tim Pelaksana and Forum with their decree and members. */
export function GovernanceTab({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { date } = useFormatDate();
  const client = useQueryClient();
  const list = useQuery(governanceQuery(planId));
  const [target, setTarget] = useState<Target | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  if (list.isPending) return <Skeleton height={200} />;
  if (list.isError) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {list.data.can.create && (
        <Group justify="flex-end">
          <Button onClick={() => setTarget({ mode: "add" })} data-testid="governance-add-open">
            {t("masterplan.governance.add")}
          </Button>
        </Group>
      )}
      {list.data.data.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text c="dimmed">{t("masterplan.governance.empty")}</Text>
        </Paper>
      ) : (
        list.data.data.map((b) => (
          <Paper key={b.id} withBorder p="md" radius="md" data-testid="governance-body" data-kind={b.kind}>
            <Group justify="space-between" align="flex-start" mb="xs">
              <div>
                <Text fw={600}>{b.name || labels.governanceKind(b.kind)}</Text>
                <Text size="sm" c="dimmed">
                  {labels.governanceKind(b.kind)} ·{" "}
                  {b.decreeNumber
                    ? t("masterplan.governance.decree", {
                        number: b.decreeNumber,
                        date: b.decreeDate ? date(b.decreeDate) : "—",
                      })
                    : t("masterplan.governance.noDecree")}{" "}
                  · {t("masterplan.governance.memberCount", { count: b.members.length })}
                </Text>
              </div>
              {b.can.update && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => setTarget({ mode: "edit", body: b })}
                  data-testid={`governance-edit-${b.id}`}
                >
                  {t("masterplan.edit")}
                </Button>
              )}
            </Group>
            {b.members.length > 0 && (
              <Table fz="sm" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("masterplan.governance.memberName")}</Table.Th>
                    <Table.Th>{t("masterplan.governance.position")}</Table.Th>
                    <Table.Th>{t("masterplan.governance.role")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {b.members.map((m, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: members have no id
                    <Table.Tr key={i}>
                      <Table.Td>{m.name}</Table.Td>
                      <Table.Td>{m.position}</Table.Td>
                      <Table.Td>{m.role}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        ))
      )}
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target?.mode === "edit" ? t("masterplan.governance.editTitle") : t("masterplan.governance.addTitle")}
        size="xl"
      >
        {target && (
          <GovernanceForm
            key={target.mode === "edit" ? target.body.id : "add"}
            planId={planId}
            target={target}
            onCancel={() => setTarget(null)}
            onSaved={() => {
              setTarget(null);
              setNotice({ text: t("masterplan.governance.saved") });
              void client.invalidateQueries({ queryKey: ["masterplans"] });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

type FormProps = { planId: number; target: Target; onCancel: () => void; onSaved: () => void };

function GovernanceForm({ planId, target, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const errorText = useErrorText();
  const client = useQueryClient();
  const initial = target.mode === "edit" ? target.body : null;
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [kind, setKind] = useState<Kind>(initial?.kind ?? "dewan");
  const [name, setName] = useState(initial?.name ?? "");
  const [decreeNumber, setDecreeNumber] = useState(initial?.decreeNumber ?? "");
  const [decreeDate, setDecreeDate] = useState(initial?.decreeDate ?? "");
  const [members, setMembers] = useState<Member[]>(initial?.members ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setReloaded(false);
    const values = {
      kind,
      name: name.trim() || undefined,
      decreeNumber: decreeNumber.trim() || null,
      decreeDate: decreeDate || null,
      members: members.map((m) => ({ name: m.name.trim(), position: m.position.trim(), role: m.role.trim() })),
    };
    setBusy(true);
    try {
      if (target.mode === "add") await createGovernanceBody(planId, values);
      else await updateGovernanceBody(target.body.id, { ...values, version });
      onSaved();
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

  const reload = async () => {
    if (target.mode !== "edit") return;
    const fresh = await client.fetchQuery(governanceQuery(planId));
    const current = fresh.data.find((b) => b.id === target.body.id);
    if (current) setVersion(current.version);
    setConflict(false);
    setReloaded(true);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t("masterplan.governance.kind")}
            data={GOVERNANCE_KINDS.map((k) => ({ value: k, label: labels.governanceKind(k) }))}
            value={kind}
            onChange={(v) => v && setKind(v as Kind)}
            allowDeselect={false}
            error={errors.kind}
            data-autofocus
            data-testid="governance-kind"
          />
          <TextInput
            label={t("masterplan.governance.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            placeholder={labels.governanceKind(kind)}
            data-testid="governance-name"
          />
          <TextInput
            label={t("masterplan.governance.decreeNumber")}
            value={decreeNumber}
            onChange={(e) => setDecreeNumber(e.currentTarget.value)}
            error={errors.decreeNumber}
            data-testid="governance-decree-number"
          />
          <TextInput
            type="date"
            label={t("masterplan.governance.decreeDate")}
            value={decreeDate}
            onChange={(e) => setDecreeDate(e.currentTarget.value)}
            error={errors.decreeDate}
            data-testid="governance-decree-date"
          />
        </SimpleGrid>
        <Text fw={600}>{t("masterplan.governance.members")}</Text>
        <RowList
          rows={members}
          onChange={setMembers}
          blank={() => ({ name: "", position: "", role: "" })}
          addLabel={t("masterplan.governance.addMember")}
          editable
          testId="governance-members"
          render={(m, update, i) => (
            <SimpleGrid cols={3} spacing="xs">
              <TextInput
                label={t("masterplan.governance.memberName")}
                value={m.name}
                onChange={(e) => update({ name: e.currentTarget.value })}
                error={errors[`members.${i}.name`]}
                data-testid="member-name"
              />
              <TextInput
                label={t("masterplan.governance.position")}
                value={m.position}
                onChange={(e) => update({ position: e.currentTarget.value })}
                error={errors[`members.${i}.position`]}
                data-testid="member-position"
              />
              <TextInput
                label={t("masterplan.governance.role")}
                value={m.role}
                onChange={(e) => update({ role: e.currentTarget.value })}
                error={errors[`members.${i}.role`]}
                data-testid="member-role"
              />
            </SimpleGrid>
          )}
        />
        {conflict && <ConflictAlert onReload={() => void reload()} testId="governance-conflict" />}
        {reloaded && <ReloadedNote />}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} disabled={conflict} data-testid="governance-submit">
            {t("masterplan.governance.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
