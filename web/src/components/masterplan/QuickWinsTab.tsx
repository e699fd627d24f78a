import { Alert, Button, Group, Modal, Paper, Select, Skeleton, Stack, Text, Textarea } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MasterplanOut, QuickWinOut } from "../../../../domain/masterplan-api";
import type { OpdOut } from "../../../../domain/opd";
import { hasCode } from "../../api/client";
import { createQuickWin, deleteQuickWin, programsQuery, quickWinsQuery, updateQuickWin } from "../../api/masterplans";
import { QueryErrorState } from "../AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { useErrorText } from "../ErrorState";
import { Notice, type NoticeMessage } from "../Notice";
import { ConflictAlert, ReloadedNote } from "./ConflictAlert";
import { issueMessages } from "./use-section";

type Target = { mode: "add" } | { mode: "edit"; quickWin: QuickWinOut };
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
        list.data.data.map((q) => (
          <Paper key={q.id} withBorder p="md" radius="md" data-testid="quick-win">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={600}>
                  {q.year} · {programOptions.find((p) => p.id === q.programId)?.name ?? `#${q.programId}`}
                </Text>
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
                {q.can.update && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setTarget({ mode: "edit", quickWin: q })}
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
        ))
      )}
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target?.mode === "edit" ? t("masterplan.quickWin.editTitle") : t("masterplan.quickWin.addTitle")}
        size="lg"
      >
        {target && (
          <QuickWinForm
            key={target.mode === "edit" ? target.quickWin.id : "add"}
            plan={plan}
            target={target}
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
      </Modal>
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

function QuickWinForm({ plan, target, opds, programs, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const initial = target.mode === "edit" ? target.quickWin : null;
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [programId, setProgramId] = useState<string | null>(initial ? String(initial.programId) : null);
  const [year, setYear] = useState(String(initial?.year ?? plan.periodStart));
  const [owner, setOwner] = useState<string | null>(initial?.ownerOpdId ? String(initial.ownerOpdId) : null);
  const [goal, setGoal] = useState(initial?.target ?? "");
  const [why, setWhy] = useState(initial?.whyQuick ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => String(plan.periodStart + i));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const req = (field: string) => t("masterplan.program.required", { field });
    if (!programId) found.programId = req(t("masterplan.quickWin.program"));
    if (!goal.trim()) found.target = req(t("masterplan.quickWin.target"));
    if (!why.trim()) found.whyQuick = req(t("masterplan.quickWin.whyQuick"));
    setErrors(found);
    setFailure(null);
    setReloaded(false);
    if (Object.keys(found).length > 0) return;
    const values = {
      programId: Number(programId),
      year: Number(year),
      ownerOpdId: owner ? Number(owner) : null,
      target: goal.trim(),
      whyQuick: why.trim(),
    };
    setBusy(true);
    try {
      if (target.mode === "add") await createQuickWin(plan.id, values);
      else await updateQuickWin(target.quickWin.id, { ...values, version });
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
    const fresh = await client.fetchQuery(quickWinsQuery(plan.id));
    const current = fresh.data.find((q) => q.id === target.quickWin.id);
    if (current) setVersion(current.version);
    setConflict(false);
    setReloaded(true);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Select
          label={t("masterplan.quickWin.program")}
          data={programs.map((p) => ({ value: String(p.id), label: p.name }))}
          value={programId}
          onChange={setProgramId}
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
            onChange={(v) => v && setYear(v)}
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
            onChange={setOwner}
            clearable
            searchable
            error={errors.ownerOpdId}
            data-testid="quick-win-owner"
          />
        </Group>
        <Textarea
          label={t("masterplan.quickWin.target")}
          value={goal}
          onChange={(e) => setGoal(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.target}
          required
          data-testid="quick-win-target"
        />
        <Textarea
          label={t("masterplan.quickWin.whyQuick")}
          value={why}
          onChange={(e) => setWhy(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.whyQuick}
          required
          data-testid="quick-win-why"
        />
        {conflict && <ConflictAlert onReload={() => void reload()} testId="quick-win-conflict" />}
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
          <Button type="submit" loading={busy} disabled={conflict} data-testid="quick-win-submit">
            {t("masterplan.quickWin.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
