import { Alert, Group, Select, Stack, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { PROGRESS_STATUSES, type ProgressStatus, progressProblems } from "../../../../domain/monitoring";
import { ProgressSave } from "../../../../domain/monitoring-api";
import { type ProgressKind, type ProgressOut, progressQuery, saveProgress } from "../../api/monitoring";
import { useRebasedFields, useVersionedSave, VersionedFormFooter } from "../masterplan/versioned-form";
import { DecimalInput, RupiahInput } from "./fields";
import { numberOrNull, zodFieldErrors } from "./form-values";
import { useMonitoringLabels } from "./labels";

type Props = {
  kind: ProgressKind;
  subjectId: number;
  year: number;
  /** The stored entry of the year, or null to create it. */
  entry: ProgressOut | null;
  onCancel: () => void;
  onSaved: () => void;
};

/** The form's fields from a year's progress as read (or empty). */
function progressFields(entry: ProgressOut | null) {
  return {
    status: (entry?.status ?? null) as ProgressStatus | null,
    physical: (entry?.physicalProgress ?? "") as string | number,
    allocated: (entry?.budgetAllocated ?? "") as string | number,
    realised: (entry?.budgetRealised ?? "") as string | number,
    note: entry?.note ?? "",
  };
}

/** A year's progress: status, physical %, budget allocated and realised (Rupiah), note. */
export function ProgressForm({ kind, subjectId, year, entry, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const client = useQueryClient();
  const state = useVersionedSave(entry?.version ?? 0);
  const form = useRebasedFields(progressFields(entry));
  const { status, physical, allocated, realised, note } = form.fields;
  const errors = state.errors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!status) found.status = t("monitoring.progress.statusRequired");
    const body = {
      status: status ?? "not_started",
      physicalProgress: numberOrNull(physical),
      budgetAllocated: numberOrNull(allocated),
      budgetRealised: numberOrNull(realised),
      note: note.trim(),
      version: state.version,
    };
    const parsed = ProgressSave.safeParse(body);
    if (!parsed.success) Object.assign(found, { ...zodFieldErrors(parsed.error), ...found });
    else if (status) for (const p of progressProblems(body)) found[p.field] ??= p.message;
    void state.save(found, (version) => saveProgress(kind, subjectId, year, { ...body, version }), onSaved);
  };

  // After a 409 the entry may have been created meanwhile: take its version (0 stays 0 when it still is not there).
  const reload = () =>
    void state.reload(async () => {
      const fresh = (await client.fetchQuery(progressQuery(kind, subjectId))).data.find((p) => p.year === year);
      if (fresh) form.rebase(progressFields(fresh));
      return fresh?.version ?? 0;
    });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t("monitoring.progress.status")}
          data={PROGRESS_STATUSES.map((s) => ({ value: s, label: labels.progressStatus(s) }))}
          value={status}
          onChange={(v) => form.set("status", v as ProgressStatus | null)}
          required
          error={errors.status}
          data-autofocus
          data-testid="progress-status"
        />
        <DecimalInput
          label={t("monitoring.progress.physical")}
          description={t("monitoring.progress.physicalHint")}
          value={physical}
          onChange={(v) => form.set("physical", v)}
          min={0}
          max={100}
          decimalScale={2}
          allowNegative={false}
          rightSection="%"
          error={errors.physicalProgress}
          data-testid="progress-physical"
        />
        <Group grow align="flex-start">
          <RupiahInput
            label={t("monitoring.progress.allocated")}
            value={allocated}
            onChange={(v) => form.set("allocated", v)}
            error={errors.budgetAllocated}
            data-testid="progress-allocated"
          />
          <RupiahInput
            label={t("monitoring.progress.realised")}
            value={realised}
            onChange={(v) => form.set("realised", v)}
            error={errors.budgetRealised}
            data-testid="progress-realised"
          />
        </Group>
        <Textarea
          label={t("monitoring.note")}
          value={note}
          onChange={(e) => form.set("note", e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={errors.note}
          data-testid="progress-note"
        />
        {errors["params.year"] && (
          <Alert color="red" variant="light" role="alert">
            {errors["params.year"]}
          </Alert>
        )}
        <VersionedFormFooter
          state={state}
          onReload={reload}
          onCancel={onCancel}
          submitLabel={t("monitoring.save")}
          testId="progress-form"
        />
      </Stack>
    </form>
  );
}
