import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasCode } from "../../api/client";
import { type SchemeDetail, type SchemeUpdate, useUpdateScheme } from "../../api/evaluation-schemes";
import { inLanguage, useLanguage } from "../../i18n/format";
import { definedOnly } from "../auth/validate";
import { useErrorText } from "../ErrorState";
import { SchemeGrid } from "./SchemeGrid";
import { ScaleView, SchemeSection } from "./SchemeView";
import {
  issuesByPath,
  unplacedIssues,
  validSchemeCode,
  validSchemeYear,
  type WeightValue,
  weightsComplete,
} from "./scheme-form";
import { WeightsFields } from "./WeightsFields";

type Draft = {
  name: string;
  code: string;
  version: string;
  year: WeightValue;
  weights: Record<string, WeightValue>;
  items: SchemeDetail["items"];
};

const draftOf = (s: SchemeDetail): Draft => ({
  name: s.name,
  code: s.code,
  version: s.version,
  year: s.year,
  weights: Object.fromEntries(s.resultDimensions.map((r) => [r.code, r.weight])),
  items: s.items,
});

type SchemeEditorProps = { scheme: SchemeDetail; onDirtyChange: (dirty: boolean) => void; onSaved: () => void };

/**
 * The whole scheme as a form: names, weights and item texts, saved at once against the revision read.
 * The page keys it by revision, so what was typed stays through any failed save.
 */
export function SchemeEditor({ scheme, onDirtyChange, onSaved }: SchemeEditorProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const update = useUpdateScheme(scheme.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(scheme));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  // Sixty text boxes are a lot to scroll past when only the weights change: the texts open on request.
  const [editTexts, setEditTexts] = useState(false);
  const itemErrors = Object.keys(errors).some((path) => path.startsWith("items."));
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(scheme));
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  // A field's message goes once the field changes; the others stay until the next save.
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const prefix = key === "weights" ? "resultDimensions" : key;
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !path.startsWith(prefix))));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = definedOnly({
      name: draft.name.trim() ? undefined : t("evaluationSchemes.form.required"),
      code: validSchemeCode(draft.code) ? undefined : t("evaluationSchemes.form.codeInvalid"),
      version: draft.version.trim() ? undefined : t("evaluationSchemes.form.required"),
      year: validSchemeYear(draft.year) ? undefined : t("evaluationSchemes.form.yearInvalid"),
      resultDimensions: weightsComplete(draft.weights) ? undefined : t("evaluationSchemes.weights.fix"),
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    const body: SchemeUpdate = {
      name: draft.name.trim(),
      code: draft.code,
      version: draft.version.trim(),
      year: Number(draft.year),
      frameworkId: scheme.frameworkId,
      scale: scheme.scale,
      resultDimensions: scheme.resultDimensions.map((r) => ({ ...r, weight: Number(draft.weights[r.code]) || 0 })),
      items: draft.items,
      revision: scheme.revision,
    };
    try {
      await update.mutateAsync(body);
      onSaved();
    } catch (cause) {
      const fields = issuesByPath(cause);
      if (hasCode(cause, "scheme_code_taken")) fields.version = errorText(cause);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(cause);
    }
  };

  const weightErrors: Record<string, string> = {};
  scheme.resultDimensions.forEach((r, i) => {
    const message = errors[`resultDimensions.${i}.weight`];
    if (message) weightErrors[r.code] = message;
  });
  const placed = (path: string) =>
    ["name", "code", "version", "year", "resultDimensions"].includes(path) ||
    /^resultDimensions\.\d+\.weight$/.test(path) ||
    /^items\.\d+\.text(Id|En)$/.test(path);
  const unplaced = unplacedIssues(errors, placed);
  const conflict = hasCode(failure, "version_conflict");

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-label={t("evaluationSchemes.editor.form")}>
      <Stack gap="lg">
        <SchemeSection id="scheme-identity-title" title={t("evaluationSchemes.editor.identity")}>
          <Stack gap="sm">
            <TextInput
              label={t("evaluationSchemes.form.name")}
              value={draft.name}
              onChange={(e) => set("name", e.currentTarget.value)}
              error={errors.name}
              required
              data-testid="scheme-edit-name"
            />
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <TextInput
                label={t("evaluationSchemes.form.code")}
                value={draft.code}
                onChange={(e) => set("code", e.currentTarget.value.trim())}
                error={errors.code}
                required
                data-testid="scheme-edit-code"
              />
              <TextInput
                label={t("evaluationSchemes.form.version")}
                value={draft.version}
                onChange={(e) => set("version", e.currentTarget.value)}
                error={errors.version}
                required
                data-testid="scheme-edit-version"
              />
              <NumberInput
                label={t("evaluationSchemes.form.year")}
                value={draft.year}
                onChange={(v) => set("year", v)}
                min={2017}
                max={2100}
                allowDecimal={false}
                thousandSeparator=""
                error={errors.year}
                required
                data-testid="scheme-edit-year"
              />
            </SimpleGrid>
          </Stack>
        </SchemeSection>
        <SchemeSection id="scheme-weights-title" title={t("evaluationSchemes.page.weights")}>
          <WeightsFields
            dimensions={scheme.resultDimensions.map((r) => ({
              code: r.code,
              label: inLanguage(lang, r.nameId, r.nameEn),
            }))}
            value={draft.weights}
            onChange={(w) => set("weights", w)}
            errors={weightErrors}
            totalError={errors.resultDimensions}
          />
        </SchemeSection>
        <SchemeSection id="scheme-scale-title" title={t("evaluationSchemes.page.scale")}>
          <ScaleView scale={scheme.scale} />
        </SchemeSection>
        <SchemeSection id="scheme-grid-title" title={t("evaluationSchemes.page.grid")}>
          <Switch
            label={t("evaluationSchemes.editor.editTexts")}
            checked={editTexts || itemErrors}
            onChange={(e) => setEditTexts(e.currentTarget.checked)}
            disabled={itemErrors}
            mb="sm"
            data-testid="scheme-edit-texts"
          />
          <SchemeGrid
            scheme={scheme}
            items={draft.items}
            onChange={editTexts || itemErrors ? (items) => set("items", items) : undefined}
            errors={errors}
          />
        </SchemeSection>

        <Paper
          withBorder
          radius="md"
          p="sm"
          // Kept in sight only while there is something to save.
          pos={dirty || failure !== null || Object.keys(errors).length > 0 ? "sticky" : undefined}
          bottom={0}
          style={{ zIndex: 5 }}
          shadow="sm"
          data-testid="scheme-save-bar"
        >
          <Stack gap="xs">
            {Object.keys(errors).length > 0 && (
              <Alert color="red" variant="light" role="alert" data-testid="scheme-save-error">
                <Text size="sm" fw={600}>
                  {t("evaluationSchemes.editor.invalid")}
                </Text>
                {unplaced.map((m) => (
                  <Text key={m} size="sm">
                    {m}
                  </Text>
                ))}
              </Alert>
            )}
            {failure !== null && (
              <Alert color="red" variant="light" role="alert" data-testid="scheme-save-error">
                <Text size="sm" fw={600}>
                  {errorText(failure)}
                </Text>
                <Text size="sm">
                  {conflict ? t("evaluationSchemes.editor.conflictHint") : t("evaluationSchemes.editor.keptHint")}
                </Text>
              </Alert>
            )}
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed" role="status" data-testid="scheme-dirty">
                {dirty ? t("evaluationSchemes.editor.unsaved") : t("evaluationSchemes.editor.saved")}
              </Text>
              <Group gap="sm">
                <Button
                  variant="default"
                  disabled={!dirty || update.isPending}
                  onClick={() => {
                    setDraft(draftOf(scheme));
                    setErrors({});
                    setFailure(null);
                  }}
                >
                  {t("evaluationSchemes.editor.discard")}
                </Button>
                <Button type="submit" loading={update.isPending} disabled={!dirty} data-testid="scheme-save">
                  {t("evaluationSchemes.editor.save")}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
