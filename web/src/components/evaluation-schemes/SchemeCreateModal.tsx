import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RESULT_DIMENSIONS } from "../../../../domain/evaluation/schemes";
import { hasCode } from "../../api/client";
import { type SchemeWithCan, useCreateScheme, type Weights } from "../../api/evaluation-schemes";
import { frameworkListQuery, selectableFrameworks } from "../../api/frameworks";
import { definedOnly } from "../auth/validate";
import { useErrorText } from "../ErrorState";
import { issuesByPath, validSchemeCode, validSchemeYear, type WeightValue, weightsComplete } from "./scheme-form";
import { useResultDimensionLabels } from "./use-result-labels";
import { WeightsFields } from "./WeightsFields";

type Props = { opened: boolean; onClose: () => void; onCreated: (scheme: SchemeWithCan) => void };

/** "Skema baru": a framework, the scheme's names and the five weights; the server builds the standard grid. */
export function SchemeCreateModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t("evaluationSchemes.create.title")} size="xl">
      {opened && <CreateForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

const START: Record<string, WeightValue> = { baseline: 20, output: 20, outcome: 20, impact: 20, quick_win: 20 };

function CreateForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (s: SchemeWithCan) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const resultLabel = useResultDimensionLabels();
  const frameworks = useQuery(frameworkListQuery());
  const create = useCreateScheme();
  const year0 = new Date().getFullYear();
  const [frameworkId, setFrameworkId] = useState<string | null>(null);
  const [code, setCode] = useState("gmsc-evaluasi");
  const [version, setVersion] = useState(String(year0));
  const [year, setYear] = useState<WeightValue>(year0);
  const [name, setName] = useState("");
  const [weights, setWeights] = useState<Record<string, WeightValue>>(START);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const options = selectableFrameworks(frameworks.data ?? []);
  const chosen = frameworkId ?? (options[0] ? String(options[0].id) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      frameworkId: chosen ? undefined : t("evaluationSchemes.form.frameworkRequired"),
      code: validSchemeCode(code) ? undefined : t("evaluationSchemes.form.codeInvalid"),
      version: version.trim() ? undefined : t("evaluationSchemes.form.required"),
      year: validSchemeYear(year) ? undefined : t("evaluationSchemes.form.yearInvalid"),
      name: name.trim() ? undefined : t("evaluationSchemes.form.required"),
      weights: weightsComplete(weights) ? undefined : t("evaluationSchemes.weights.fix"),
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || !chosen) return;
    const w = Object.fromEntries(RESULT_DIMENSIONS.map((r) => [r, Number(weights[r]) || 0])) as Weights;
    try {
      const body = { frameworkId: Number(chosen), code, version: version.trim(), year: Number(year) };
      onCreated(await create.mutateAsync({ ...body, name: name.trim(), weights: w }));
    } catch (cause) {
      const fields = issuesByPath(cause);
      if (hasCode(cause, "scheme_code_taken")) fields.code = errorText(cause);
      if (hasCode(cause, "framework_not_published", "framework_not_found")) fields.frameworkId = errorText(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
    }
  };

  const weightErrors = Object.fromEntries(
    RESULT_DIMENSIONS.map((r) => [r, errors[`weights.${r}`]]).filter(([, m]) => m),
  );
  const known = ["frameworkId", "code", "version", "year", "name", "weights"];
  const other = Object.entries(errors).filter(([k]) => !known.includes(k) && !k.startsWith("weights."));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Select
          label={t("evaluationSchemes.form.framework")}
          description={t("evaluationSchemes.form.frameworkHint")}
          data={options.map((f) => ({ value: String(f.id), label: `${f.name} (${f.version})` }))}
          value={chosen}
          onChange={setFrameworkId}
          allowDeselect={false}
          error={errors.frameworkId ?? (frameworks.isError ? errorText(frameworks.error) : undefined)}
          nothingFoundMessage={t("evaluationSchemes.form.noFramework")}
          data-autofocus
          data-testid="scheme-framework"
        />
        <TextInput
          label={t("evaluationSchemes.form.name")}
          placeholder={t("evaluationSchemes.form.namePlaceholder", { year: Number(year) || year0 })}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          data-testid="scheme-name"
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label={t("evaluationSchemes.form.code")}
            description={t("evaluationSchemes.form.codeHint")}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.trim())}
            error={errors.code}
            required
            data-testid="scheme-code"
          />
          <TextInput
            label={t("evaluationSchemes.form.version")}
            description={t("evaluationSchemes.form.versionHint")}
            value={version}
            onChange={(e) => setVersion(e.currentTarget.value)}
            error={errors.version}
            required
            data-testid="scheme-version"
          />
          <NumberInput
            label={t("evaluationSchemes.form.year")}
            description={t("evaluationSchemes.form.yearHint")}
            value={year}
            onChange={setYear}
            min={2017}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            error={errors.year}
            required
            data-testid="scheme-year"
          />
        </SimpleGrid>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 500, fontSize: "var(--mantine-font-size-sm)", marginBottom: 6 }}>
            {t("evaluationSchemes.weights.legend")}
          </legend>
          <WeightsFields
            dimensions={RESULT_DIMENSIONS.map((r) => ({ code: r, label: resultLabel(r) }))}
            value={weights}
            onChange={(w) => {
              setWeights(w);
              if (errors.weights) setErrors(({ weights: _, ...rest }) => rest);
            }}
            errors={weightErrors}
            totalError={errors.weights}
          />
        </fieldset>
        {other.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {other.map(([path, message]) => (
              <div key={path}>{`${path}: ${message}`}</div>
            ))}
          </Alert>
        )}
        {failure !== null && (
          <Alert color="red" variant="light" role="alert" data-testid="scheme-create-error">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="scheme-create-submit">
            {t("evaluationSchemes.create.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
