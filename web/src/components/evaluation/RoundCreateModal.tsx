import { Alert, Button, Group, Modal, NumberInput, Radio, Select, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { phaseEndsInOrder, type RoundCreate } from "../../../../domain/evaluation/api";
import type { Tahap } from "../../../../domain/evaluation/ranking";
import { ApiError, fieldErrors, hasCode } from "../../api/client";
import { cohortsQuery } from "../../api/cohorts";
import {
  createRound,
  type RoundDetail,
  roundSchemeOptions,
  type Scheme,
  type StoredScheme,
  schemesQuery,
} from "../../api/evaluations";
import { frameworkListQuery } from "../../api/frameworks";
import { definedOnly } from "../auth/validate";
import { useErrorText } from "../ErrorState";
import { PhaseEndInputs, type PhaseEnds } from "./PhaseEndInputs";
import { RegionChooser } from "./RegionChooser";

type Mode = "masterplan" | "cohort" | "regions";
type Props = { opened: boolean; onClose: () => void; onCreated: (round: RoundDetail) => void };

/** "Buka putaran": year, Tahap, scheme, an optional name, and who takes part. */
export function RoundCreateModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("evaluation.form.title")}
      size="lg"
      data-testid="round-create-modal"
    >
      {opened && <RoundCreateForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

/** "Skema Evaluasi GMSC 2022 (10/20/30/20/20)": the weights are what tells schemes apart. */
export function schemeLabel(s: Pick<Scheme, "name" | "resultDimensions">): string {
  return `${s.name} (${s.resultDimensions.map((r) => r.weight).join("/")})`;
}

/** As the server picks it: the newest published scheme of the default framework not later than the year, else the oldest. */
function defaultSchemeKey(schemes: StoredScheme[], frameworkId: number, year: number): string | undefined {
  const onDefault = schemes.filter((s) => s.frameworkId === frameworkId).sort((a, b) => a.year - b.year || a.id - b.id);
  return (onDefault.filter((s) => s.year <= year).at(-1) ?? onDefault[0])?.key;
}

function RoundCreateForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (r: RoundDetail) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const schemes = useQuery(schemesQuery());
  const frameworks = useQuery(frameworkListQuery());
  const cohorts = useQuery(cohortsQuery());
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [tahap, setTahap] = useState<Tahap>("I");
  const [scheme, setScheme] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [mode, setMode] = useState<Mode>("masterplan");
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [regions, setRegions] = useState<string[]>([]);
  const [ends, setEnds] = useState<PhaseEnds>({ selfAssessmentEndsOn: "", scoringEndsOn: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const y = typeof year === "number" ? year : Number(year);
  const validYear = Number.isInteger(y) && y >= 2017 && y <= 2100;
  const options = roundSchemeOptions(schemes.data);
  const defaultFramework = frameworks.data?.find((f) => f.isDefault)?.id;
  // Until the admin picks one, the scheme is the one the server would take for the year.
  const effectiveScheme =
    scheme ?? (validYear && defaultFramework ? (defaultSchemeKey(options, defaultFramework, y) ?? null) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      year: validYear ? undefined : t("evaluation.form.yearInvalid"),
      name: name.trim() === "" || name.trim().length >= 5 ? undefined : t("evaluation.form.nameMin"),
      cohortId: mode === "cohort" && !cohortId ? t("evaluation.form.cohortRequired") : undefined,
      regionCodes: mode === "regions" && regions.length === 0 ? t("evaluation.form.regionsRequired") : undefined,
      scoringEndsOn: phaseEndsInOrder(ends.selfAssessmentEndsOn, ends.scoringEndsOn)
        ? undefined
        : t("evaluation.form.phaseOrder"),
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    const input: RoundCreate = {
      year: y,
      tahap,
      ...(effectiveScheme ? { schemeKey: effectiveScheme } : {}),
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(mode === "cohort" && cohortId ? { cohortId: Number(cohortId) } : {}),
      ...(mode === "regions" ? { regionCodes: regions } : {}),
      ...(ends.selfAssessmentEndsOn ? { selfAssessmentEndsOn: ends.selfAssessmentEndsOn } : {}),
      ...(ends.scoringEndsOn ? { scoringEndsOn: ends.scoringEndsOn } : {}),
    };
    setBusy(true);
    try {
      onCreated((await createRound(input)).data);
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (hasCode(cause, "evaluation_round_exists")) fields.tahap = errorText(cause);
      if (hasCode(cause, "cohort_not_found")) fields.cohortId = errorText(cause);
      if (hasCode(cause, "unknown_region_codes") && cause instanceof ApiError) {
        const unknown = (cause.details as { unknown?: string[] } | undefined)?.unknown ?? [];
        fields.regionCodes = t("evaluation.form.unknownRegions", { codes: unknown.join(", ") });
      }
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
            label={t("evaluation.form.year")}
            value={year}
            onChange={setYear}
            min={2017}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            error={errors.year}
            data-autofocus
            data-testid="round-year"
          />
          <Radio.Group
            label={t("evaluation.form.tahap")}
            value={tahap}
            onChange={(v) => setTahap(v as Tahap)}
            error={errors.tahap}
          >
            <Group gap="md" mt={8}>
              <Radio value="I" label={t("evaluation.tahapN", { tahap: "I" })} data-testid="round-tahap-I" />
              <Radio value="II" label={t("evaluation.tahapN", { tahap: "II" })} data-testid="round-tahap-II" />
            </Group>
          </Radio.Group>
        </Group>
        <Select
          label={t("evaluation.form.scheme")}
          description={t("evaluation.form.schemeHint")}
          data={options.map((s) => ({ value: s.key, label: schemeLabel(s) }))}
          value={effectiveScheme}
          onChange={setScheme}
          allowDeselect={false}
          error={errors.schemeKey ?? (schemes.isError ? errorText(schemes.error) : undefined)}
          data-testid="round-scheme"
        />
        <TextInput
          label={t("evaluation.form.name")}
          description={t("evaluation.form.nameHint", { year: validYear ? y : "…", tahap })}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          data-testid="round-name"
        />
        <PhaseEndInputs value={ends} onChange={setEnds} errors={errors} testId="round" />
        <Radio.Group label={t("evaluation.form.participants")} value={mode} onChange={(v) => setMode(v as Mode)}>
          <Stack gap={6} mt={6}>
            <Radio value="masterplan" label={t("evaluation.form.modeMasterplan")} data-testid="round-mode-masterplan" />
            <Radio value="cohort" label={t("evaluation.form.modeCohort")} data-testid="round-mode-cohort" />
            <Radio value="regions" label={t("evaluation.form.modeRegions")} data-testid="round-mode-regions" />
          </Stack>
        </Radio.Group>
        {mode === "cohort" && (
          <Select
            label={t("evaluation.form.cohort")}
            description={t("evaluation.form.cohortHint")}
            placeholder={t("evaluation.form.cohortPlaceholder")}
            data={(cohorts.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            value={cohortId}
            onChange={setCohortId}
            searchable
            error={errors.cohortId}
            data-testid="round-cohort"
          />
        )}
        {mode === "regions" && <RegionChooser value={regions} onChange={setRegions} error={errors.regionCodes} />}
        {mode === "masterplan" && (
          <Text size="sm" c="dimmed">
            {t("evaluation.form.modeMasterplanHint")}
          </Text>
        )}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="round-create-error">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="round-create-submit">
            {t("evaluation.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
