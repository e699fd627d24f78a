import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Fieldset,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CHAPTER_LABELS, type ChapterKey, MASTERPLAN_CHAPTERS } from "../../../../domain/masterplan-chapters";
import { useLanguage } from "../../i18n/format";
import {
  type DeliverableForm,
  errorAt,
  type FieldErrors,
  newUid,
  removeAt,
  replaceAt,
  type StageForm,
} from "./framework-form";

type StagesEditorProps = { stages: StageForm[]; errors: FieldErrors; onChange: (stages: StageForm[]) => void };

const blankDeliverable = (): DeliverableForm => ({
  uid: newUid(),
  code: "",
  nameId: "",
  nameEn: "",
  required: true,
  covers: [],
});

/** The Bimtek stages in order (numbered by place), each with its deliverables and the chapters they cover. */
export function StagesEditor({ stages, errors, onChange }: StagesEditorProps) {
  const { t } = useTranslation();
  const add = () =>
    onChange([
      ...stages,
      {
        uid: newUid(),
        number: stages.length + 1,
        nameId: "",
        nameEn: "",
        focusId: "",
        focusEn: "",
        deliverables: [blankDeliverable()],
      },
    ]);
  return (
    <Stack gap="md">
      {stages.map((s, i) => (
        <StageFields
          key={s.uid}
          stage={s}
          index={i}
          errors={errors}
          onChange={(next) => onChange(replaceAt(stages, i, next))}
          // Stages are numbered by place, so only the last one goes without leaving a gap.
          onRemove={i === stages.length - 1 && stages.length > 1 ? () => onChange(removeAt(stages, i)) : undefined}
        />
      ))}
      {errorAt(errors, "stages") && (
        <Text c="red" size="sm" role="alert">
          {errorAt(errors, "stages")}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={add}>
          {t("frameworkEdit.stage.add")}
        </Button>
      </Group>
    </Stack>
  );
}

type StageFieldsProps = {
  stage: StageForm;
  index: number;
  errors: FieldErrors;
  onChange: (s: StageForm) => void;
  onRemove?: () => void;
};

function StageFields({ stage: s, index, errors, onChange, onRemove }: StageFieldsProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const at = (...p: Array<string | number>) => errorAt(errors, "stages", index, ...p);
  const text = (name: "nameId" | "nameEn" | "focusId" | "focusEn") => ({
    label: t(`frameworkEdit.short.${name}`),
    "aria-label": t(`frameworkEdit.stage.${name}`, { n }),
    value: s[name],
    error: at(name),
    lang: name.endsWith("En") ? "en" : undefined,
  });

  return (
    <Paper withBorder radius="md" p={{ base: "sm", sm: "md" }} data-testid={`stage-${index}`}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Text fw={700} component="h3" m={0}>
          {t("frameworkEdit.stageN", { n })}
          {s.nameId ? ` — ${s.nameId}` : ""}
        </Text>
        {onRemove && (
          <ActionIcon
            variant="light"
            color="red"
            aria-label={t("frameworkEdit.stage.remove", { n })}
            onClick={onRemove}
          >
            ✕
          </ActionIcon>
        )}
      </Group>
      {at("number") && (
        <Text c="red" size="sm">
          {at("number")}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...text("nameId")} onChange={(e) => onChange({ ...s, nameId: e.currentTarget.value })} />
        <TextInput {...text("nameEn")} onChange={(e) => onChange({ ...s, nameEn: e.currentTarget.value })} />
        <Textarea
          {...text("focusId")}
          onChange={(e) => onChange({ ...s, focusId: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Textarea
          {...text("focusEn")}
          onChange={(e) => onChange({ ...s, focusEn: e.currentTarget.value })}
          autosize
          minRows={2}
        />
      </SimpleGrid>
      <Fieldset legend={t("frameworkEdit.stage.deliverables", { n })} mt="md" p={{ base: "xs", sm: "sm" }}>
        <Stack gap="md">
          {s.deliverables.map((dl, d) => (
            <DeliverableFields
              key={dl.uid}
              divided={d > 0}
              deliverable={dl}
              n={n}
              d={d + 1}
              errorOf={(field) => at("deliverables", d, field)}
              onChange={(next) => onChange({ ...s, deliverables: replaceAt(s.deliverables, d, next) })}
              onRemove={
                s.deliverables.length > 1
                  ? () => onChange({ ...s, deliverables: removeAt(s.deliverables, d) })
                  : undefined
              }
            />
          ))}
          {at("deliverables") && (
            <Text c="red" size="sm">
              {at("deliverables")}
            </Text>
          )}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => onChange({ ...s, deliverables: [...s.deliverables, blankDeliverable()] })}
            >
              {t("frameworkEdit.deliverable.add", { n })}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </Paper>
  );
}

type DeliverableFieldsProps = {
  deliverable: DeliverableForm;
  /** A line above it, so each deliverable reads as one group. */
  divided: boolean;
  n: number;
  d: number;
  errorOf: (field: string) => string | undefined;
  onChange: (dl: DeliverableForm) => void;
  onRemove?: () => void;
};

function DeliverableFields({ deliverable: dl, divided, n, d, errorOf, onChange, onRemove }: DeliverableFieldsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const chapters = MASTERPLAN_CHAPTERS.map((key) => ({ value: key, label: CHAPTER_LABELS[key][lang] }));
  const text = (name: "code" | "nameId" | "nameEn") => ({
    label: t(`frameworkEdit.short.${name}`),
    "aria-label": t(`frameworkEdit.deliverable.${name}`, { n, d }),
    value: dl[name],
    error: errorOf(name),
    onChange: (e: { currentTarget: { value: string } }) => onChange({ ...dl, [name]: e.currentTarget.value }),
  });
  // "covers.0" is a chapter the server does not know; show it on the chapter list.
  const coversError = errorOf("covers") ?? errorOf("covers.0");

  return (
    <Stack gap="xs" data-testid="deliverable-row">
      {divided && <Divider />}
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" style={{ flex: 1 }}>
          <TextInput {...text("code")} autoCapitalize="none" />
          <TextInput {...text("nameId")} />
          <TextInput {...text("nameEn")} lang="en" />
        </SimpleGrid>
        <ActionIcon
          variant="light"
          color="red"
          mt={24}
          aria-label={t("frameworkEdit.deliverable.remove", { n, d })}
          disabled={!onRemove}
          onClick={onRemove}
        >
          ✕
        </ActionIcon>
      </Group>
      <MultiSelect
        label={t("frameworkEdit.short.covers")}
        aria-label={t("frameworkEdit.deliverable.covers", { n, d })}
        description={t("frameworkEdit.deliverable.coversHint")}
        data={chapters}
        value={dl.covers}
        onChange={(value) => onChange({ ...dl, covers: value as ChapterKey[] })}
        error={coversError}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox
        label={t("frameworkEdit.short.required")}
        aria-label={t("frameworkEdit.deliverable.required", { n, d })}
        checked={dl.required}
        onChange={(e) => onChange({ ...dl, required: e.currentTarget.checked })}
      />
    </Stack>
  );
}
