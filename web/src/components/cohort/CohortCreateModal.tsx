import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CohortCreate } from "../../../../domain/cohort";
import type { CohortOut } from "../../../../domain/cohort-api";
import { fieldErrors, hasCode } from "../../api/client";
import { createCohort } from "../../api/cohorts";
import { frameworkListQuery, selectableFrameworks } from "../../api/frameworks";
import { instrumentListQuery, selectableInstruments } from "../../api/instruments";
import { definedOnly } from "../auth/validate";
import { useErrorText } from "../ErrorState";

const PLAN_FIELDS = [
  "assessmentStart",
  "assessmentEnd",
  "selectionDate",
  "mouDate",
  "mentoringStart",
  "mentoringEnd",
] as const;
type PlanField = (typeof PLAN_FIELDS)[number];

type CohortCreateModalProps = { opened: boolean; onClose: () => void; onCreated: (cohort: CohortOut) => void };

/** "Buat angkatan": year, name, quota and the planned dates of each phase. */
export function CohortCreateModal({ opened, onClose, onCreated }: CohortCreateModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t("cohortForm.title")} size="lg" data-testid="cohort-create-modal">
      {opened && <CohortCreateForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function CohortCreateForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (c: CohortOut) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [name, setName] = useState("");
  const [quota, setQuota] = useState<number | string>(10);
  const [plan, setPlan] = useState<Record<PlanField, string>>({
    assessmentStart: "",
    assessmentEnd: "",
    selectionDate: "",
    mouDate: "",
    mentoringStart: "",
    mentoringEnd: "",
  });
  // Only published frameworks may start a cohort; the default one comes first and is preselected.
  const frameworks = selectableFrameworks(useQuery(frameworkListQuery()).data ?? []);
  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const chosenFramework = frameworkId ?? (frameworks[0] ? String(frameworks[0].id) : null);
  // Likewise published instruments only, the newest (the server's default) preselected.
  const instruments = selectableInstruments(useQuery(instrumentListQuery()).data?.data ?? []);
  const [instrumentId, setInstrumentId] = useState<string | null>(null);
  const chosenInstrument = instrumentId ?? (instruments[0] ? String(instruments[0].id) : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const y = typeof year === "number" ? year : Number(year);
    const q = typeof quota === "number" ? quota : Number(quota);
    const found = definedOnly({
      year: Number.isInteger(y) && y >= 2017 && y <= 2100 ? undefined : t("cohortForm.yearInvalid"),
      name: name.trim().length >= 5 ? undefined : t("cohortForm.nameMin"),
      quota: Number.isInteger(q) && q >= 1 && q <= 514 ? undefined : t("cohortForm.quotaInvalid"),
      assessmentEnd:
        plan.assessmentStart && plan.assessmentEnd && plan.assessmentEnd < plan.assessmentStart
          ? t("cohortForm.endBeforeStart")
          : undefined,
      mentoringEnd:
        plan.mentoringStart && plan.mentoringEnd && plan.mentoringEnd < plan.mentoringStart
          ? t("cohortForm.endBeforeStart")
          : undefined,
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    const filled = Object.fromEntries(Object.entries(plan).filter(([, v]) => v !== ""));
    const input: CohortCreate = {
      year: y,
      name: name.trim(),
      quota: q,
      ...(chosenFramework ? { frameworkId: Number(chosenFramework) } : {}),
      ...(chosenInstrument ? { instrumentId: Number(chosenInstrument) } : {}),
      ...(Object.keys(filled).length > 0 ? { plan: filled } : {}),
    };
    setBusy(true);
    try {
      const created = await createCohort(input);
      onCreated(created.data);
    } catch (cause) {
      const fields = planFieldErrors(cause);
      if (hasCode(cause, "cohort_name_taken")) fields.name = errorText(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Group grow align="flex-start">
          <NumberInput
            label={t("cohortForm.year")}
            value={year}
            onChange={setYear}
            min={2017}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            error={errors.year}
            data-testid="cohort-year"
          />
          <NumberInput
            label={t("cohortForm.quota")}
            description={t("cohortForm.quotaHint")}
            value={quota}
            onChange={setQuota}
            min={1}
            max={514}
            allowDecimal={false}
            error={errors.quota}
            data-testid="cohort-quota"
          />
        </Group>
        <TextInput
          label={t("cohortForm.name")}
          placeholder={t("cohortForm.namePlaceholder")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          data-autofocus
          data-testid="cohort-name"
        />
        <Select
          label={t("frameworkEdit.cohortFramework")}
          description={t("frameworkEdit.cohortFrameworkHint")}
          data={frameworks.map((f) => ({ value: String(f.id), label: `${f.name} (${f.version})` }))}
          value={chosenFramework}
          onChange={setFrameworkId}
          allowDeselect={false}
          error={errors.frameworkId}
          data-testid="cohort-framework"
        />
        <Select
          label={t("cohortInstrument.label")}
          description={t("cohortInstrument.hint")}
          data={instruments.map((i) => ({ value: String(i.id), label: `${i.name} (${i.version})` }))}
          value={chosenInstrument}
          onChange={setInstrumentId}
          allowDeselect={false}
          error={errors.instrumentId}
          data-testid="cohort-instrument"
        />
        <Text fw={500} size="sm">
          {t("cohortForm.planTitle")}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {PLAN_FIELDS.map((field) => (
            <TextInput
              key={field}
              type="date"
              label={t(`cohortForm.${field}`)}
              value={plan[field]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setPlan((prev) => ({ ...prev, [field]: value }));
              }}
              error={errors[field]}
              data-testid={`cohort-plan-${field}`}
            />
          ))}
        </SimpleGrid>
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="cohort-create-submit">
            {t("cohortForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Field errors of a 422, with "body.plan.assessmentEnd" shown under the date it names. */
function planFieldErrors(cause: unknown): Record<string, string> {
  const fields = fieldErrors(cause);
  if (!fields.plan) return fields;
  const issues = (cause as { details?: { issues?: Array<{ path: string; message: string }> } }).details?.issues ?? [];
  for (const issue of issues) {
    const m = issue.path.match(/^body\.plan\.(\w+)/);
    if (m?.[1]) fields[m[1]] ??= issue.message;
  }
  return fields;
}
