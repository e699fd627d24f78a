import { Group, NumberInput, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProgramIndicatorCreate, ProgramIndicatorUpdate } from "../../../../domain/monitoring-api";
import {
  type IndicatorOut,
  linkIndicator,
  type ProgramIndicatorOut,
  programIndicatorsQuery,
  updateProgramIndicator,
} from "../../api/monitoring";
import { type FormTarget, useVersionedSave, VersionedFormFooter } from "../masterplan/versioned-form";
import { DecimalInput } from "./fields";
import { numberOrNull, zodFieldErrors } from "./form-values";
import { IndicatorPicker } from "./IndicatorPicker";

type Props = {
  programId: number;
  regionCode: string;
  /** The years a target may be set for (the program's years inside the plan period). */
  years: number[];
  periodStart: number;
  linkedIds: number[];
  target: FormTarget<ProgramIndicatorOut>;
  onCancel: () => void;
  onSaved: () => void;
};

/** Linking an indicator to a program, or changing its baseline and yearly targets. */
export function IndicatorTargetsForm(props: Props) {
  const { programId, regionCode, periodStart, linkedIds, target, onCancel, onSaved } = props;
  const { t } = useTranslation();
  const client = useQueryClient();
  const initial = target.mode === "edit" ? target.item : null;
  const state = useVersionedSave(initial?.version ?? 0);
  const [picked, setPicked] = useState<IndicatorOut | null>(null);
  const [baselineValue, setBaselineValue] = useState<string | number>(initial?.baselineValue ?? "");
  const [baselineYear, setBaselineYear] = useState<string | number>(initial?.baselineYear ?? "");
  const [targets, setTargets] = useState<Record<number, string | number>>(
    Object.fromEntries((initial?.targets ?? []).map((x) => [x.year, x.value])),
  );
  const [note, setNote] = useState(initial?.note ?? "");
  const [sentYears, setSentYears] = useState<number[]>([]);
  // Years of the program, and any year that already has a target outside them.
  const years = [...new Set([...props.years, ...(initial?.targets ?? []).map((x) => x.year)])].sort((a, b) => a - b);
  const unit = initial?.indicator.unit ?? picked?.unit ?? "";
  const errors = state.errors;
  const targetError = (year: number) => {
    const i = sentYears.indexOf(year);
    return i < 0 ? undefined : (errors[`targets.${i}.value`] ?? errors[`targets.${i}.year`]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = years
      .map((year) => ({ year, value: numberOrNull(targets[year] ?? "") }))
      .filter((x): x is { year: number; value: number } => x.value !== null);
    setSentYears(filled.map((x) => x.year));
    const fields = {
      baselineValue: numberOrNull(baselineValue),
      baselineYear: numberOrNull(baselineYear),
      targets: filled,
      note: note.trim(),
    };
    const found: Record<string, string> = {};
    if (target.mode === "add" && !picked) found.indicatorId = t("monitoring.indicators.pickRequired");
    const parsed =
      target.mode === "add"
        ? ProgramIndicatorCreate.safeParse({ indicatorId: picked?.id ?? 1, ...fields })
        : ProgramIndicatorUpdate.safeParse({ ...fields, version: state.version });
    if (!parsed.success) Object.assign(found, { ...zodFieldErrors(parsed.error), ...found });
    void state.save(
      found,
      (version) =>
        target.mode === "add"
          ? linkIndicator(programId, { indicatorId: picked?.id ?? 0, ...fields })
          : updateProgramIndicator(target.item.id, { ...fields, version }),
      onSaved,
    );
  };

  const reload = () =>
    void state.reload(async () => {
      if (target.mode !== "edit") return undefined;
      const fresh = await client.fetchQuery(programIndicatorsQuery(programId));
      return fresh.data.find((x) => x.id === target.item.id)?.version;
    });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {target.mode === "add" ? (
          <IndicatorPicker
            regionCode={regionCode}
            exclude={linkedIds}
            value={picked}
            onChange={setPicked}
            error={errors.indicatorId}
          />
        ) : (
          <Text fw={600}>
            {target.item.indicator.code} — {target.item.indicator.name}
          </Text>
        )}
        <Group grow align="flex-start">
          <DecimalInput
            label={t("monitoring.indicators.baselineValue")}
            description={unit || undefined}
            value={baselineValue}
            onChange={setBaselineValue}
            error={errors.baselineValue}
            data-testid="baseline-value"
          />
          <NumberInput
            label={t("monitoring.indicators.baselineYear")}
            description={t("monitoring.indicators.baselineYearHint", { year: periodStart })}
            value={baselineYear}
            onChange={setBaselineYear}
            min={1990}
            max={periodStart}
            allowDecimal={false}
            thousandSeparator=""
            error={errors.baselineYear}
            data-testid="baseline-year"
          />
        </Group>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={500} size="sm" mb={4}>
            {t("monitoring.indicators.targetsLegend")}
            {unit && ` (${unit})`}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t("monitoring.indicators.targetsHint")}
          </Text>
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs">
            {years.map((year) => (
              <DecimalInput
                key={year}
                label={String(year)}
                value={targets[year] ?? ""}
                onChange={(v) => setTargets((prev) => ({ ...prev, [year]: v }))}
                error={targetError(year)}
                data-testid={`target-${year}`}
              />
            ))}
          </SimpleGrid>
          {errors.targets && (
            <Text size="xs" c="red" mt={4}>
              {errors.targets}
            </Text>
          )}
        </fieldset>
        <Textarea
          label={t("monitoring.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={errors.note}
        />
        <VersionedFormFooter
          state={state}
          onReload={reload}
          onCancel={onCancel}
          submitLabel={target.mode === "add" ? t("monitoring.indicators.linkSubmit") : t("monitoring.save")}
          testId="indicator-targets"
        />
      </Stack>
    </form>
  );
}
