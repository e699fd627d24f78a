import { Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RealisationCreate, RealisationUpdate } from "../../../../domain/monitoring-api";
import { createRealisation, type RealisationOut, realisationsQuery, updateRealisation } from "../../api/monitoring";
import { type FormTarget, useRebasedFields, useVersionedSave, VersionedFormFooter } from "../masterplan/versioned-form";
import { DecimalInput } from "./fields";
import { numberOrNull, zodFieldErrors } from "./form-values";

type Props = {
  programIndicatorId: number;
  unit: string;
  years: number[];
  defaultYear?: number;
  target: FormTarget<RealisationOut>;
  onCancel: () => void;
  onSaved: (saved: RealisationOut) => void;
};

/** The editable fields of a realisation as read (or empty). */
function realisationFields(r: RealisationOut | null) {
  return { value: (r?.value ?? "") as string | number, note: r?.note ?? "" };
}

/** Entering a year's (or semester's) realisation, or changing an entered or returned one. */
export function RealisationForm({ programIndicatorId, unit, years, defaultYear, target, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const initial = target.mode === "edit" ? target.item : null;
  const state = useVersionedSave(initial?.version ?? 0);
  // Values are due for years that have passed: open on the one asked for, else the latest passed year.
  const lastPassed = [...years].reverse().find((y) => y < new Date().getFullYear());
  const firstYear = defaultYear && years.includes(defaultYear) ? defaultYear : (lastPassed ?? years[0]);
  const [year, setYear] = useState(String(initial?.year ?? firstYear ?? ""));
  const [semester, setSemester] = useState(initial?.semester ? String(initial.semester) : "year");
  // What an edit changes, rebased after a 409 so a reload keeps only the person's own changes.
  const form = useRebasedFields(realisationFields(initial));
  const { value, note } = form.fields;
  const errors = state.errors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = numberOrNull(value);
    const found: Record<string, string> = {};
    if (n === null) found.value = t("monitoring.realisations.valueRequired");
    const body = {
      year: Number(year),
      semester: semester === "year" ? null : (Number(semester) as 1 | 2),
      value: n ?? Number.NaN,
      note: note.trim(),
    };
    const parsed =
      target.mode === "add"
        ? RealisationCreate.safeParse(body)
        : RealisationUpdate.safeParse({
            value: body.value,
            note: body.note,
            version: state.version,
          });
    if (!parsed.success) Object.assign(found, zodFieldErrors(parsed.error), found);
    void state.save(
      found,
      async (version) => {
        const res =
          target.mode === "add"
            ? await createRealisation(programIndicatorId, body)
            : await updateRealisation(target.item.id, { value: body.value, note: body.note, version });
        onSaved(res.data);
      },
      () => undefined,
    );
  };

  const reload = () =>
    void state.reload(async () => {
      if (target.mode !== "edit") return undefined;
      const fresh = (await client.fetchQuery(realisationsQuery(programIndicatorId))).data.find(
        (r) => r.id === target.item.id,
      );
      if (fresh) form.rebase(realisationFields(fresh));
      return fresh?.version;
    });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {target.mode === "add" ? (
          <Group grow>
            <Select
              label={t("monitoring.year")}
              data={years.map(String)}
              value={year}
              onChange={(v) => v && setYear(v)}
              allowDeselect={false}
              error={errors.year}
              data-testid="realisation-year"
            />
            <Select
              label={t("monitoring.realisations.period")}
              data={[
                { value: "year", label: t("monitoring.realisations.wholeYear") },
                { value: "1", label: t("monitoring.realisations.semesterN", { n: 1 }) },
                { value: "2", label: t("monitoring.realisations.semesterN", { n: 2 }) },
              ]}
              value={semester}
              onChange={(v) => v && setSemester(v)}
              allowDeselect={false}
              error={errors.semester}
              data-testid="realisation-semester"
            />
          </Group>
        ) : (
          <Text size="sm">
            {t("monitoring.realisations.periodOf", {
              year: initial?.year,
              period: initial?.semester
                ? t("monitoring.realisations.semesterN", { n: initial.semester })
                : t("monitoring.realisations.wholeYear"),
            })}
          </Text>
        )}
        <DecimalInput
          label={t("monitoring.realisations.value")}
          rightSection={
            <Text size="xs" c="dimmed" pr={6}>
              {unit}
            </Text>
          }
          rightSectionWidth={Math.min(200, 16 + unit.length * 7)}
          value={value}
          onChange={(v) => form.set("value", v)}
          error={errors.value}
          required
          data-autofocus
          data-testid="realisation-value"
        />
        <Textarea
          label={t("monitoring.note")}
          value={note}
          onChange={(e) => form.set("note", e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={errors.note}
          data-testid="realisation-note"
        />
        <VersionedFormFooter
          state={state}
          onReload={reload}
          onCancel={onCancel}
          submitLabel={t("monitoring.realisations.save")}
          testId="realisation-form"
        />
      </Stack>
    </form>
  );
}
