import { Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GovernanceBodyDef } from "../../../../domain/framework/types";
import { GOVERNANCE_KINDS } from "../../../../domain/masterplan-api";
import type { GovernanceBodyOut } from "../../../../domain/masterplan-responses";
import {
  createGovernanceBody,
  deleteGovernanceBody,
  governanceQuery,
  updateGovernanceBody,
} from "../../api/masterplans";
import { useFormatDate } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { QueryErrorState } from "../AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { Notice, type NoticeMessage } from "../Notice";
import { CommentsButton } from "./CommentsButton";
import { HistoryButton } from "./HistoryPanel";
import { RowList } from "./RowList";
import { FormModal, type FormTarget, useRebasedFields, useVersionedSave, VersionedFormFooter } from "./versioned-form";

type Kind = (typeof GOVERNANCE_KINDS)[number];
type Member = { name: string; position: string; role: string };
type Target = FormTarget<GovernanceBodyOut>;

/** Tata Kelola: Dewan Smart City, Tim Pelaksana and Forum with their decree and members. */
export function GovernanceTab({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { date } = useFormatDate();
  const client = useQueryClient();
  const list = useQuery(governanceQuery(planId));
  const [target, setTarget] = useState<Target | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ["masterplans"] });

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
        list.data.data.map((b) => {
          const title = b.name || labels.governanceKind(b.kind);
          return (
            <Paper key={b.id} withBorder p="md" radius="md" data-testid="governance-body" data-kind={b.kind}>
              <Group justify="space-between" align="flex-start" mb="xs">
                <div>
                  <Text fw={600}>{title}</Text>
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
                <Group gap={4}>
                  <CommentsButton
                    planId={planId}
                    targetType="governance_body"
                    targetId={String(b.id)}
                    targetLabel={title}
                  />
                  <HistoryButton
                    planId={planId}
                    entityType="governance_body"
                    entityId={String(b.id)}
                    targetLabel={title}
                  />
                  {b.can.update && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setTarget({ mode: "edit", item: b })}
                      data-testid={`governance-edit-${b.id}`}
                    >
                      {t("masterplan.edit")}
                    </Button>
                  )}
                  {b.can.delete && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      data-testid={`governance-delete-${b.id}`}
                      onClick={() =>
                        setConfirm({
                          title: t("masterplan.governanceDelete.title"),
                          message: t("masterplan.governanceDelete.confirm", { name: title }),
                          confirmLabel: t("masterplan.delete"),
                          action: async () => {
                            await deleteGovernanceBody(b.id, b.version);
                            setNotice({ text: t("masterplan.governanceDelete.done") });
                            refresh();
                          },
                        })
                      }
                    >
                      {t("masterplan.delete")}
                    </Button>
                  )}
                </Group>
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
          );
        })
      )}
      <FormModal
        target={target}
        onClose={() => setTarget(null)}
        titles={{ add: t("masterplan.governance.addTitle"), edit: t("masterplan.governance.editTitle") }}
        keyOf={(b) => b.id}
        size="xl"
      >
        {(current) => (
          <GovernanceForm
            planId={planId}
            kinds={list.data.kinds}
            target={current}
            onCancel={() => setTarget(null)}
            onSaved={() => {
              setTarget(null);
              setNotice({ text: t("masterplan.governance.saved") });
              refresh();
            }}
          />
        )}
      </FormModal>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}

type FormProps = {
  planId: number;
  /** The bodies the plan's framework names (Dewan under Kominfo 2017, Satgas under the 2026 draft, …). */
  kinds: GovernanceBodyDef[];
  target: Target;
  onCancel: () => void;
  onSaved: () => void;
};

/** The form's fields from a body as read (or the defaults of a new one: the framework's first body). */
function governanceFields(b: GovernanceBodyOut | null, kinds: GovernanceBodyDef[]) {
  return {
    kind: (b?.kind ?? kinds[0]?.kind ?? "dewan") as Kind,
    name: b?.name ?? "",
    decreeNumber: b?.decreeNumber ?? "",
    decreeDate: b?.decreeDate ?? "",
    members: (b?.members ?? []) as Member[],
  };
}

function GovernanceForm({ planId, kinds, target, onCancel, onSaved }: FormProps) {
  const { t, i18n } = useTranslation();
  const labels = useDomainLabels();
  const client = useQueryClient();
  const initial = target.mode === "edit" ? target.item : null;
  const state = useVersionedSave(initial?.version ?? 0);
  const form = useRebasedFields(governanceFields(initial, kinds));
  const { kind, name, decreeNumber, decreeDate, members } = form.fields;
  const errors = state.errors;
  const en = i18n.language.startsWith("en");
  const kindName = (k: Kind) => {
    const named = kinds.find((b) => b.kind === k);
    return named ? (en ? named.nameEn : named.nameId) : labels.governanceKind(k);
  };
  // The framework's bodies; a body of a kind it does not name (kept from before) stays selectable.
  const offered: Kind[] = kinds.length ? kinds.map((b) => b.kind) : [...GOVERNANCE_KINDS];
  if (!offered.includes(kind)) offered.push(kind);
  const kindOptions = offered.map((k) => {
    const required = kinds.find((b) => b.kind === k)?.required;
    return { value: k, label: required ? `${kindName(k)} (${t("masterplan.governance.required")})` : kindName(k) };
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = {
      kind,
      name: name.trim() || undefined,
      decreeNumber: decreeNumber.trim() || null,
      decreeDate: decreeDate || null,
      members: members.map((m) => ({ name: m.name.trim(), position: m.position.trim(), role: m.role.trim() })),
    };
    void state.save(
      {},
      (version) =>
        target.mode === "add"
          ? createGovernanceBody(planId, values)
          : updateGovernanceBody(target.item.id, { ...values, version }),
      onSaved,
    );
  };

  const reload = () =>
    void state.reload(async () => {
      if (target.mode !== "edit") return undefined;
      const fresh = (await client.fetchQuery(governanceQuery(planId))).data.find((b) => b.id === target.item.id);
      if (fresh) form.rebase(governanceFields(fresh, kinds));
      return fresh?.version;
    });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t("masterplan.governance.kind")}
            data={kindOptions}
            value={kind}
            onChange={(v) => v && form.set("kind", v as Kind)}
            allowDeselect={false}
            error={errors.kind}
            data-autofocus
            data-testid="governance-kind"
          />
          <TextInput
            label={t("masterplan.governance.name")}
            value={name}
            onChange={(e) => form.set("name", e.currentTarget.value)}
            error={errors.name}
            placeholder={kindName(kind)}
            data-testid="governance-name"
          />
          <TextInput
            label={t("masterplan.governance.decreeNumber")}
            value={decreeNumber}
            onChange={(e) => form.set("decreeNumber", e.currentTarget.value)}
            error={errors.decreeNumber}
            data-testid="governance-decree-number"
          />
          <TextInput
            type="date"
            label={t("masterplan.governance.decreeDate")}
            value={decreeDate}
            onChange={(e) => form.set("decreeDate", e.currentTarget.value)}
            error={errors.decreeDate}
            data-testid="governance-decree-date"
          />
        </SimpleGrid>
        <Text fw={600}>{t("masterplan.governance.members")}</Text>
        <RowList
          rows={members}
          onChange={(m) => form.set("members", m)}
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
        <VersionedFormFooter
          state={state}
          onReload={reload}
          onCancel={onCancel}
          submitLabel={t("masterplan.governance.submit")}
          testId="governance"
        />
      </Stack>
    </form>
  );
}
