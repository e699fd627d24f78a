import {
  ActionIcon,
  Button,
  Divider,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  type DimensionForm,
  type ElementForm,
  errorAt,
  type FieldErrors,
  moveItem,
  newUid,
  recodeDimension,
  removeAt,
  replaceAt,
} from "./framework-form";

type DimensionsEditorProps = {
  dimensions: DimensionForm[];
  errors: FieldErrors;
  onChange: (dimensions: DimensionForm[]) => void;
};

/** The dimensions in order, each with its elements: add, remove, move up and down, rename and recode. */
export function DimensionsEditor({ dimensions, errors, onChange }: DimensionsEditorProps) {
  const { t } = useTranslation();
  const add = () => {
    const code = `dimensi-${dimensions.length + 1}`;
    const blank = { nameId: "", nameEn: "", tag: "" };
    onChange([
      ...dimensions,
      {
        uid: newUid(),
        code,
        nameId: "",
        nameEn: "",
        descriptionId: "",
        descriptionEn: "",
        elements: [{ uid: newUid(), code: `${code}.`, ...blank }],
      },
    ]);
  };

  return (
    <Stack gap="md">
      {dimensions.map((d, i) => (
        <DimensionFields
          key={d.uid}
          dimension={d}
          index={i}
          count={dimensions.length}
          errors={errors}
          onChange={(next) => onChange(replaceAt(dimensions, i, next))}
          onMove={(to) => onChange(moveItem(dimensions, i, to))}
          onRemove={() => onChange(removeAt(dimensions, i))}
        />
      ))}
      {errorAt(errors, "dimensions") && (
        <Text c="red" size="sm" role="alert">
          {errorAt(errors, "dimensions")}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={add} data-testid="dimension-add">
          {t("frameworkEdit.dimension.add")}
        </Button>
      </Group>
    </Stack>
  );
}

type DimensionFieldsProps = {
  dimension: DimensionForm;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (d: DimensionForm) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

function DimensionFields({ dimension: d, index, count, errors, onChange, onMove, onRemove }: DimensionFieldsProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const at = (...p: Array<string | number>) => errorAt(errors, "dimensions", index, ...p);
  const set = (field: "nameId" | "nameEn" | "descriptionId" | "descriptionEn", value: string) =>
    onChange({ ...d, [field]: value });
  const setElement = (e: number, el: ElementForm) => onChange({ ...d, elements: replaceAt(d.elements, e, el) });

  return (
    <Paper withBorder radius="md" p={{ base: "sm", sm: "md" }} data-testid={`dimension-${index}`}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Text fw={700} component="h3" m={0}>
          {t("frameworkEdit.dimensionTitle", { n, name: d.nameId || t("frameworkEdit.dimension.newName") })}
        </Text>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            aria-label={t("frameworkEdit.dimension.up", { n })}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t("frameworkEdit.dimension.down", { n })}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </ActionIcon>
          <ActionIcon
            variant="light"
            color="red"
            aria-label={t("frameworkEdit.dimension.remove", { n })}
            disabled={count === 1}
            onClick={onRemove}
          >
            ✕
          </ActionIcon>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t("frameworkEdit.short.code")}
          aria-label={t("frameworkEdit.dimension.code", { n })}
          description={t("frameworkEdit.dimension.codeHint")}
          value={d.code}
          onChange={(e) => onChange(recodeDimension(d, e.currentTarget.value))}
          error={at("code")}
          autoCapitalize="none"
        />
        <TextInput
          label={t("frameworkEdit.short.nameId")}
          aria-label={t("frameworkEdit.dimension.nameId", { n })}
          value={d.nameId}
          onChange={(e) => set("nameId", e.currentTarget.value)}
          error={at("nameId")}
        />
        <TextInput
          label={t("frameworkEdit.short.nameEn")}
          aria-label={t("frameworkEdit.dimension.nameEn", { n })}
          value={d.nameEn}
          onChange={(e) => set("nameEn", e.currentTarget.value)}
          error={at("nameEn")}
          lang="en"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
        <Textarea
          label={t("frameworkEdit.short.descriptionId")}
          aria-label={t("frameworkEdit.dimension.descriptionId", { n })}
          value={d.descriptionId}
          onChange={(e) => set("descriptionId", e.currentTarget.value)}
          error={at("descriptionId")}
          autosize
          minRows={2}
        />
        <Textarea
          label={t("frameworkEdit.short.descriptionEn")}
          aria-label={t("frameworkEdit.dimension.descriptionEn", { n })}
          value={d.descriptionEn}
          onChange={(e) => set("descriptionEn", e.currentTarget.value)}
          error={at("descriptionEn")}
          autosize
          minRows={2}
          lang="en"
        />
      </SimpleGrid>
      <Fieldset legend={t("frameworkEdit.dimension.elements", { n })} mt="md" p={{ base: "xs", sm: "sm" }}>
        <Stack gap="sm">
          {d.elements.map((el, e) => (
            <ElementFields
              key={el.uid}
              divided={e > 0}
              element={el}
              n={n}
              e={e + 1}
              prefix={`${d.code}.`}
              errorOf={(field) => at("elements", e, field)}
              onChange={(next) => setElement(e, next)}
              onRemove={d.elements.length > 1 ? () => onChange({ ...d, elements: removeAt(d.elements, e) }) : undefined}
            />
          ))}
          {at("elements") && (
            <Text c="red" size="sm">
              {at("elements")}
            </Text>
          )}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() =>
                onChange({
                  ...d,
                  elements: [...d.elements, { uid: newUid(), code: `${d.code}.`, nameId: "", nameEn: "", tag: "" }],
                })
              }
            >
              {t("frameworkEdit.element.add", { n })}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </Paper>
  );
}

type ElementFieldsProps = {
  element: ElementForm;
  /** A line above it where the fields stack (a phone), so each element reads as one group. */
  divided: boolean;
  n: number;
  e: number;
  prefix: string;
  errorOf: (field: string) => string | undefined;
  onChange: (el: ElementForm) => void;
  onRemove?: () => void;
};

function ElementFields({ element, divided, n, e, prefix, errorOf, onChange, onRemove }: ElementFieldsProps) {
  const { t } = useTranslation();
  const field = (name: "code" | "nameId" | "nameEn" | "tag") => ({
    label: t(`frameworkEdit.short.${name}`),
    "aria-label": t(`frameworkEdit.element.${name}`, { n, e }),
    value: element[name],
    onChange: (ev: ChangeEvent<HTMLInputElement>) => onChange({ ...element, [name]: ev.currentTarget.value }),
    error: errorOf(name),
  });
  return (
    <>
      {divided && <Divider hiddenFrom="md" />}
      <Group align="flex-start" gap="xs" wrap="nowrap" data-testid="element-row">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" style={{ flex: 1 }}>
          <TextInput
            {...field("code")}
            description={t("frameworkEdit.element.codeHint", { prefix })}
            autoCapitalize="none"
          />
          <TextInput {...field("nameId")} />
          <TextInput {...field("nameEn")} lang="en" />
          <TextInput {...field("tag")} />
        </SimpleGrid>
        <ActionIcon
          variant="light"
          color="red"
          mt={24}
          aria-label={t("frameworkEdit.element.remove", { n, e })}
          disabled={!onRemove}
          onClick={onRemove}
        >
          ✕
        </ActionIcon>
      </Group>
    </>
  );
}
