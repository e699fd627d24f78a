import { Group, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { DIRECTIONS, type Direction } from "../../../../domain/achievement";
import { FREQUENCIES, type Frequency, IndicatorCreate, IndicatorUpdate } from "../../../../domain/indicator-api";
import { defaultFramework, frameworkListQuery, frameworkQuery } from "../../api/frameworks";
import { createIndicator, type IndicatorOut, indicatorQuery, updateIndicator } from "../../api/monitoring";
import { opdListQuery } from "../../api/opds";
import { type FormTarget, useVersionedSave, VersionedFormFooter } from "../masterplan/versioned-form";
import { zodFieldErrors } from "./form-values";
import { useMonitoringLabels } from "./labels";

type Props = {
  /** The region of a new regional indicator; null adds to the national catalogue. */
  regionCode: string | null;
  target: FormTarget<IndicatorOut>;
  onCancel: () => void;
  onSaved: (saved: IndicatorOut) => void;
};

/** An indicator after Satu Data Indonesia's standard: concept, definition, classification, measure, unit, metadata. */
export function IndicatorForm({ regionCode, target, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const client = useQueryClient();
  const initial = target.mode === "edit" ? target.item : null;
  const region = initial ? initial.regionCode : regionCode;
  const frameworks = useQuery(frameworkListQuery());
  const frameworkId = initial?.frameworkId ?? defaultFramework(frameworks.data ?? [])?.id;
  const framework = useQuery({ ...frameworkQuery(frameworkId ?? 0), enabled: Boolean(frameworkId) });
  const opds = useQuery({ ...opdListQuery(region ?? ""), enabled: Boolean(region), retry: false });
  const state = useVersionedSave(initial?.version ?? 0);
  const [v, setV] = useState({
    code: initial?.code ?? "",
    name: initial?.name ?? "",
    unit: initial?.unit ?? "",
    direction: (initial?.direction ?? null) as Direction | null,
    frequency: (initial?.frequency ?? "annual") as Frequency,
    concept: initial?.concept ?? "",
    definition: initial?.definition ?? "",
    classification: initial?.classification ?? "",
    measure: initial?.measure ?? "",
    source: initial?.source ?? "",
    referenceCodes: initial?.referenceCodes ?? [],
    producerOpdId: initial?.producerOpdId ?? null,
    dimensionCode: initial?.dimensionCode ?? null,
    elementCode: initial?.elementCode ?? null,
  });
  const set = (patch: Partial<typeof v>) => setV((prev) => ({ ...prev, ...patch }));
  const errors = state.errors;
  const dimension = framework.data?.dimensions.find((d) => d.code === v.dimensionCode);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!v.direction) found.direction = t("monitoring.catalog.directionRequired");
    const body = { ...v, direction: v.direction ?? "higher_is_better" };
    const parsed =
      target.mode === "add"
        ? IndicatorCreate.safeParse({ ...body, regionCode })
        : IndicatorUpdate.safeParse({ ...body, version: state.version });
    if (!parsed.success) Object.assign(found, { ...zodFieldErrors(parsed.error), ...found });
    void state.save(
      found,
      async (version) => {
        const res =
          target.mode === "add"
            ? await createIndicator({ ...body, regionCode, frameworkId })
            : await updateIndicator(target.item.id, { ...body, version });
        onSaved(res.data);
      },
      () => undefined,
    );
  };

  const reload = () =>
    void state.reload(async () =>
      target.mode === "edit" ? (await client.fetchQuery(indicatorQuery(target.item.id))).data.version : undefined,
    );

  const area = (key: "concept" | "definition" | "measure", testId: string) => (
    <Textarea
      label={labels.field(key)}
      value={v[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      autosize
      minRows={2}
      maxLength={4000}
      error={errors[key]}
      data-testid={testId}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t("monitoring.catalog.code")}
            description={t("monitoring.catalog.codeHint")}
            value={v.code}
            onChange={(e) => set({ code: e.currentTarget.value })}
            maxLength={40}
            required
            error={errors.code}
            data-autofocus
            data-testid="indicator-code"
          />
          <TextInput
            label={labels.field("unit")}
            value={v.unit}
            onChange={(e) => set({ unit: e.currentTarget.value })}
            maxLength={100}
            required
            error={errors.unit}
            data-testid="indicator-unit"
          />
          <Select
            label={labels.field("direction")}
            data={DIRECTIONS.map((d) => ({ value: d, label: labels.direction(d) }))}
            value={v.direction}
            onChange={(d) => set({ direction: d as Direction | null })}
            required
            error={errors.direction}
            data-testid="indicator-direction"
          />
        </SimpleGrid>
        <TextInput
          label={t("monitoring.catalog.name")}
          value={v.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          maxLength={300}
          required
          error={errors.name}
          data-testid="indicator-name"
        />
        {area("concept", "indicator-concept")}
        {area("definition", "indicator-definition")}
        <TextInput
          label={labels.field("classification")}
          value={v.classification}
          onChange={(e) => set({ classification: e.currentTarget.value })}
          maxLength={500}
          error={errors.classification}
        />
        {area("measure", "indicator-measure")}
        <Group grow align="flex-start">
          <Select
            label={labels.field("frequency")}
            data={FREQUENCIES.map((f) => ({ value: f, label: labels.frequency(f) }))}
            value={v.frequency}
            onChange={(f) => f && set({ frequency: f as Frequency })}
            allowDeselect={false}
            error={errors.frequency}
          />
          {region && (
            <Select
              label={labels.field("producerOpdId")}
              data={(opds.data?.data ?? []).map((o) => ({
                value: String(o.id),
                label: `${o.abbreviation} — ${o.name}`,
              }))}
              value={v.producerOpdId ? String(v.producerOpdId) : null}
              onChange={(o) => set({ producerOpdId: o ? Number(o) : null })}
              searchable
              clearable
              error={errors.producerOpdId}
              data-testid="indicator-producer"
            />
          )}
        </Group>
        <TextInput
          label={labels.field("source")}
          value={v.source}
          onChange={(e) => set({ source: e.currentTarget.value })}
          maxLength={1000}
          error={errors.source}
        />
        <TagsInput
          label={labels.field("referenceCodes")}
          description={t("monitoring.catalog.referenceHint")}
          value={v.referenceCodes}
          onChange={(codes) => set({ referenceCodes: codes })}
          maxTags={20}
          error={errors.referenceCodes ?? Object.entries(errors).find(([k]) => k.startsWith("referenceCodes."))?.[1]}
        />
        <Group grow align="flex-start">
          <Select
            label={t("monitoring.dashboard.dimension")}
            data={(framework.data?.dimensions ?? []).map((d) => ({
              value: d.code,
              label: labels.pick(d.nameId, d.nameEn),
            }))}
            value={v.dimensionCode}
            onChange={(d) => set({ dimensionCode: d, elementCode: null })}
            clearable
            error={errors.dimensionCode}
            data-testid="indicator-dimension"
          />
          <Select
            label={t("monitoring.catalog.element")}
            data={(dimension?.elements ?? []).map((e) => ({ value: e.code, label: labels.pick(e.nameId, e.nameEn) }))}
            value={v.elementCode}
            onChange={(e) => set({ elementCode: e })}
            clearable
            disabled={!dimension}
            error={errors.elementCode}
            data-testid="indicator-element"
          />
        </Group>
        <VersionedFormFooter
          state={state}
          onReload={reload}
          onCancel={onCancel}
          submitLabel={target.mode === "add" ? t("monitoring.catalog.addSubmit") : t("monitoring.save")}
          testId="indicator-form"
        />
      </Stack>
    </form>
  );
}
