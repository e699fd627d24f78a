import { Button, Group, Paper, Select, Skeleton, Stack, Text, Textarea } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanOut, QuickWinOut } from "../../../../domain/masterplan-responses";
import type { OpdOut } from "../../../../domain/opd";
import { createQuickWin, deleteQuickWin, programsQuery, quickWinsQuery, updateQuickWin } from "../../api/masterplans";
import { QueryErrorState } from "../AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { Notice, type NoticeMessage } from "../Notice";
import { CommentsButton } from "./CommentsButton";
import { HistoryButton } from "./HistoryPanel";
import { FormModal, type FormTarget, useRebasedFields, useVersionedSave, VersionedFormFooter } from "./versioned-form";

type Target = FormTarget<QuickWinOut>;
type ProgramOption = { id: number; name: string };

/** Quick Wins: drawn from programs, with the year, owner OPD, target and why it is quick and visible. */
export function QuickWinsTab({ plan, opds }: { plan: MasterplanOut; opds: OpdOut[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery(quickWinsQuery(plan.id));
  const programs = useQuery(programsQuery(plan.id, {}, 1, 500));
  const [target, setTarget] = useState<Target | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const programOptions = (programs.data?.data ?? []).map((p) => ({ id: p.id, name: p.name }));
  const refresh = () => void client.invalidateQueries({ queryKey: ["masterplans"] });

  if (list.isPending) return <Skeleton height={200} />;
  if (list.isError) return <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {list.data.can.create && (
        <Group justify="flex-end">
          <Button
            onClick={() => setTarget({ mode: "add" })}
            disabled={programOptions.length === 0}
            data-testid="quick-win-add-open"
          >
            {t("masterplan.quickWin.add")}
          </Button>
        </Group>
      )}
      {list.data.can.create && programs.isSuccess && programOptions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("masterplan.quickWin.needProgram")}
        </Text>
      )}
      {list.data.data.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Text c="dimmed">{t("masterplan.quickWin.empty")}</Text>
        </Paper>
      ) : (
        list.data.data.map((q) => {
          const title = `${q.year} · ${programOptions.find((p) => p.id === q.programId)?.name ?? `#${q.programId}`}`;
          return (
            <Paper key={q.id} withBorder p="md" radius="md" data-testid="quick-win" data-quick-win-id={q.id}>
              <Group justify="space-between" align="flex-start">
                <div>
                  <Text fw={600}>{title}</Text>
                  <Text size="sm" c="dimmed">
                    {t("masterplan.quickWin.owner")}: {opds.find((o) => o.id === q.ownerOpdId)?.abbreviation ?? "—"}
                  </Text>
                  <Text size="sm" mt={4}>
                    <strong>{t("masterplan.quickWin.target")}:</strong> {q.target}
                  </Text>
                  <Text size="sm">
                    <strong>{t("masterplan.quickWin.whyQuick")}:</strong> {q.whyQuick}
                  </Text>
                </div>
                <Group gap={4}>
                  <CommentsButton planId={plan.id} targetType="quick_win" targetId={String(q.id)} targetLabel={title} />
                  <HistoryButton planId={plan.id} entityType="quick_win" entityId={String(q.id)} targetLabel={title} />
                  {q.can.update && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setTarget({ mode: "edit", item: q })}
                      data-testid={`quick-win-edit-${q.id}`}
                    >
                      {t("masterplan.edit")}
                    </Button>
                  )}
                  {q.can.delete && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      data-testid={`quick-win-delete-${q.id}`}
                      onClick={() =>
                        setConfirm({
                          title: t("masterplan.quickWin.deleteTitle"),
                          message: t("masterplan.quickWin.deleteConfirm"),
                          confirmLabel: t("masterplan.delete"),
                          action: async () => {
                            await deleteQuickWin(q.id, q.version);
                            setNotice({ text: t("masterplan.quickWin.deleted") });
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
            </Paper>
          );
        })
      )}
      <FormModal
        target={target}
        onClose={() => setTarget(null)}
        titles={{ add: t("masterplan.quickWin.addTitle"), edit: t("masterplan.quickWin.editTitle") }}
        keyOf={(q) => q.id}
      >
        {(current) => (
          <QuickWinForm
            plan={plan}
            target={current}
            opds={opds}
            programs={programOptions}
            onCancel={() => setTarget(null)}
            onSaved={() => {
              setTarget(null);
              setNotice({ text: t("masterplan.quickWin.saved") });
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
  plan: MasterplanOut;
  target: Target;
  opds: OpdOut[];
  programs: ProgramOption[];
  onCancel: () => void;
  onSaved: () => void;
};

/** The form's fields from a quick win as read (or the defaults of a new one). */
function quickWinFields(q: QuickWinOut | null, firstYear: number) {
  return {
    programId: q ? String(q.programId) : null,
    year: String(q?.year ?? firstYear),
    owner: q?.ownerOpdId ? String(q.ownerOpdId) : null,
    goal: q?.target ?? "",
    why: q?.whyQuick ?? "",
  };
}

function QuickWinForm({ plan, target, opds, programs, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const initial = target.mode === "edit" ? target.item : null;
  const state = useVersionedSave(initial?.version ?? 0);
  const form = useRebasedFields(quickWinFields(initial, plan.periodStart));
  const { programId, year, owner, goal, why } = form.fields;
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => String(plan.periodStart + i));
  const errors = state.errors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const req = (field: string) => t("masterplan.program.required", { field });
    if (!programId) found.programId = req(t("masterplan.quickWin.program"));
    if (!goal.trim()) found.target = req(t("masterplan.quickWin.target"));
    if (!why.trim()) found.whyQuick = req(t("masterplan.quickWin.whyQuick"));
    const values = {
      programId: Number(programId),
      year: Number(year),
      ownerOpdId: owner ? Number(owner) : null,
      target: goal.trim(),
      whyQuick: why.trim(),
    };
    void state.save(
      found,
      (version) =>
        target.mode === "add"
          ? createQuickWin(plan.id, values)
          : updateQuickWin(target.item.id, { ...values, version }),
      onSaved,
    );
  };

  const reload = () =>
    void state.reload(async () => {
      if (target.mode !== "edit") return undefined;
      const fresh = (await client.fetchQuery(quickWinsQuery(plan.id))).data.find((q) => q.id === target.item.id);
      if (fresh) form.rebase(quickWinFields(fresh, plan.periodStart));
      return fresh?.version;
    });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t("masterplan.quickWin.program")}
          data={programs.map((p) => ({ value: String(p.id), label: p.name }))}
          value={programId}
          onChange={(v) => form.set("programId", v)}
          searchable
          error={errors.programId}
          required
          data-autofocus
          data-testid="quick-win-program"
        />
        <Group grow>
          <Select
            label={t("masterplan.quickWin.year")}
            data={years}
            value={year}
            onChange={(v) => v && form.set("year", v)}
            allowDeselect={false}
            error={errors.year}
            data-testid="quick-win-year"
          />
          <Select
            label={t("masterplan.quickWin.owner")}
            data={opds
              .filter((o) => o.active)
              .map((o) => ({ value: String(o.id), label: `${o.abbreviation} — ${o.name}` }))}
            value={owner}
            onChange={(v) => form.set("owner", v)}
            clearable
            searchable
            error={errors.ownerOpdId}
            data-testid="quick-win-owner"
          />
        </Group>
        <Textarea
          label={t("masterplan.quickWin.target")}
          value={goal}
          onChange={(e) => form.set("goal", e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.target}
          required
          data-testid="quick-win-target"
        />
        <Textarea
          label={t("masterplan.quickWin.whyQuick")}
          value={why}
          onChange={(e) => form.set("why", e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.whyQuick}
          required
          data-testid="quick-win-why"
        />
        <VersionedFormFooter
          state={state}
          onReload={reload}
          onCancel={onCancel}
          submitLabel={t("masterplan.quickWin.submit")}
          testId="quick-win"
        />
      </Stack>
    </form>
  );
}
