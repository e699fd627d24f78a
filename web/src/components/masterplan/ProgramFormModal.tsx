import { Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { FrameworkDetail } from "../../../../domain/framework/schemas";
import { FUNDING_SOURCES, type FundingSource, TERMS, type Term, termOf } from "../../../../domain/masterplan";
import type { MasterplanOut, ProgramOut } from "../../../../domain/masterplan-responses";
import type { OpdOut } from "../../../../domain/opd";
import { createProgram, getProgram, updateProgram } from "../../api/masterplans";
import { inLanguage, useLanguage } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { RowList } from "./RowList";
import { FormModal, type FormTarget, useRebasedFields, useVersionedSave, VersionedFormFooter } from "./versioned-form";

export type ProgramTarget = FormTarget<ProgramOut>;

type Props = {
  target: ProgramTarget | null;
  plan: MasterplanOut;
  framework: FrameworkDetail;
  opds: OpdOut[];
  onClose: () => void;
  onSaved: (mode: ProgramTarget["mode"]) => void;
};

/** Adding a program, or editing it with its version; the same fields both ways. */
export function ProgramFormModal({ target, onClose, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      target={target}
      onClose={onClose}
      titles={{ add: t("masterplan.program.addTitle"), edit: t("masterplan.program.editTitle") }}
      keyOf={(p) => p.id}
      size="xl"
      testId="program-form-modal"
    >
      {(current) => <ProgramForm target={current} onCancel={onClose} {...props} />}
    </FormModal>
  );
}

type Budget = { year: number; source: FundingSource; amount: number };
type Step = { year: number; step: string };

/** The form's fields from a program as read (or the defaults of a new one). */
function programFields(p: ProgramOut | null, firstYear: number) {
  return {
    name: p?.name ?? "",
    description: p?.description ?? "",
    dimension: (p?.dimensionCode ?? null) as string | null,
    element: (p?.elementCode ?? null) as string | null,
    owner: p?.ownerOpdId ? String(p.ownerOpdId) : null,
    supporting: (p?.supportingOpdIds ?? []).map(String),
    startYear: p?.startYear ?? firstYear,
    endYear: p?.endYear ?? firstYear,
    term: (p?.term ?? null) as Term | null,
    priority: String(p?.priority ?? 2),
    apbdCode: p?.apbdCode ?? "",
    rpjmd: p?.rpjmdReference ?? "",
    innovation: p?.innovation ?? "",
    budgets: (p?.budgets ?? []) as Budget[],
    steps: (p?.actionPlan ?? []) as Step[],
  };
}

function ProgramForm({
  target,
  plan,
  framework,
  opds,
  onCancel,
  onSaved,
}: Omit<Props, "target" | "onClose"> & { target: ProgramTarget; onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labels = useDomainLabels();
  const initial = target.mode === "edit" ? target.item : null;
  const state = useVersionedSave(initial?.version ?? 0);
  const errors = state.errors;
  const form = useRebasedFields(programFields(initial, plan.periodStart));
  const { name, description, dimension, element, owner, supporting, startYear, endYear, term, priority } = form.fields;
  const { apbdCode, rpjmd, innovation, budgets, steps } = form.fields;

  const dim = framework.dimensions.find((d) => d.code === dimension);
  const activeOpds = opds.filter((o) => o.active || String(o.id) === owner);
  const opdOptions = activeOpds.map((o) => ({ value: String(o.id), label: `${o.abbreviation} — ${o.name}` }));
  // The term follows from the end year; offered as the default, the server checks it.
  const suggestedTerm = termOf(startYear, endYear, plan.periodStart);
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => String(plan.periodStart + i));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = (value: unknown, field: string) =>
      value ? undefined : t("masterplan.program.required", { field });
    const found = Object.fromEntries(
      Object.entries({
        name: required(name.trim(), t("masterplan.program.name")),
        dimensionCode: required(dimension, t("masterplan.program.dimension")),
        elementCode: required(element, t("masterplan.program.element")),
      }).filter(([, v]) => v),
    ) as Record<string, string>;
    // A missing dimension or element is in `found`, which stops the save before anything is sent.
    const values = {
      name: name.trim(),
      description: description.trim(),
      dimensionCode: dimension ?? "",
      elementCode: element ?? "",
      ownerOpdId: owner ? Number(owner) : null,
      supportingOpdIds: supporting.map(Number),
      term: term ?? suggestedTerm,
      startYear,
      endYear,
      priority: Number(priority),
      apbdCode: apbdCode.trim() || null,
      rpjmdReference: rpjmd.trim() || null,
      innovation: innovation.trim() || null,
      budgets,
      actionPlan: steps.map((s) => ({ year: s.year, step: s.step.trim() })),
    };
    void state.save(
      found,
      (version) =>
        target.mode === "add" ? createProgram(plan.id, values) : updateProgram(target.item.id, { ...values, version }),
      () => onSaved(target.mode),
    );
  };

  const reload = () =>
    void state.reload(async () => {
      if (target.mode !== "edit") return undefined;
      const fresh = (await getProgram(target.item.id)).data;
      form.rebase(programFields(fresh, plan.periodStart));
      return fresh.version;
    });

  const err = (key: string) => errors[key];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t("masterplan.program.name")}
          value={name}
          onChange={(e) => form.set("name", e.currentTarget.value)}
          error={err("name")}
          data-autofocus
          data-testid="program-name"
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t("masterplan.program.dimension")}
            data={framework.dimensions.map((d) => ({ value: d.code, label: inLanguage(lang, d.nameId, d.nameEn) }))}
            value={dimension}
            onChange={(value) => {
              form.set("dimension", value);
              form.set("element", null);
            }}
            error={err("dimensionCode")}
            allowDeselect={false}
            required
            data-testid="program-dimension"
          />
          <Select
            label={t("masterplan.program.element")}
            data={(dim?.elements ?? []).map((e) => ({ value: e.code, label: inLanguage(lang, e.nameId, e.nameEn) }))}
            value={element}
            onChange={(v) => form.set("element", v)}
            disabled={!dim}
            error={err("elementCode")}
            allowDeselect={false}
            required
            data-testid="program-element"
          />
          <Select
            label={t("masterplan.program.owner")}
            data={opdOptions}
            value={owner}
            onChange={(v) => form.set("owner", v)}
            searchable
            clearable
            error={err("ownerOpdId")}
            data-testid="program-owner"
          />
          <MultiSelect
            label={t("masterplan.program.supporting")}
            data={opdOptions.filter((o) => o.value !== owner)}
            value={supporting}
            onChange={(v) => form.set("supporting", v)}
            searchable
            error={err("supportingOpdIds")}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Select
            label={t("masterplan.program.startYear")}
            data={years}
            value={String(startYear)}
            onChange={(v) => v && form.set("startYear", Number(v))}
            allowDeselect={false}
            error={err("startYear")}
            data-testid="program-start"
          />
          <Select
            label={t("masterplan.program.endYear")}
            data={years}
            value={String(endYear)}
            onChange={(v) => v && form.set("endYear", Number(v))}
            allowDeselect={false}
            error={err("endYear")}
            data-testid="program-end"
          />
          <Select
            label={t("masterplan.program.term")}
            data={TERMS.map((x) => ({ value: x, label: labels.term(x) }))}
            value={term ?? suggestedTerm}
            onChange={(v) => form.set("term", v as Term)}
            allowDeselect={false}
            error={err("term")}
            data-testid="program-term"
          />
          <Select
            label={t("masterplan.program.priority")}
            data={["1", "2", "3"].map((n) => ({ value: n, label: t("masterplan.program.priorityN", { n }) }))}
            value={priority}
            onChange={(v) => v && form.set("priority", v)}
            allowDeselect={false}
            error={err("priority")}
          />
        </SimpleGrid>
        <Textarea
          label={t("masterplan.program.description")}
          value={description}
          onChange={(e) => form.set("description", e.currentTarget.value)}
          autosize
          minRows={2}
          error={err("description")}
          data-testid="program-description"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t("masterplan.program.apbdCode")}
            placeholder="2.16.02.1.01"
            value={apbdCode}
            onChange={(e) => form.set("apbdCode", e.currentTarget.value)}
            error={err("apbdCode")}
          />
          <TextInput
            label={t("masterplan.program.rpjmdReference")}
            value={rpjmd}
            onChange={(e) => form.set("rpjmd", e.currentTarget.value)}
            error={err("rpjmdReference")}
          />
          <TextInput
            label={t("masterplan.program.innovation")}
            value={innovation}
            onChange={(e) => form.set("innovation", e.currentTarget.value)}
            error={err("innovation")}
          />
        </SimpleGrid>
        <Text fw={600}>{t("masterplan.program.budgets")}</Text>
        <RowList
          rows={budgets}
          onChange={(v) => form.set("budgets", v)}
          blank={(): Budget => ({ year: startYear, source: "APBD", amount: 0 })}
          addLabel={t("masterplan.program.addBudget")}
          editable
          testId="program-budgets"
          render={(b, update, i) => (
            <SimpleGrid cols={3} spacing="xs">
              <Select
                label={t("masterplan.program.budgetYear")}
                data={years}
                value={String(b.year)}
                onChange={(v) => v && update({ year: Number(v) })}
                allowDeselect={false}
                error={errors[`budgets.${i}.year`]}
                data-testid="budget-year"
              />
              <Select
                label={t("masterplan.program.budgetSource")}
                data={[...FUNDING_SOURCES]}
                value={b.source}
                onChange={(v) => v && update({ source: v as FundingSource })}
                allowDeselect={false}
                error={errors[`budgets.${i}.source`]}
                data-testid="budget-source"
              />
              <NumberInput
                label={t("masterplan.program.budgetAmount")}
                value={b.amount}
                onChange={(v) => update({ amount: Number(v) || 0 })}
                thousandSeparator={lang === "en" ? "," : "."}
                decimalSeparator={lang === "en" ? "." : ","}
                allowDecimal={false}
                allowNegative={false}
                min={0}
                error={errors[`budgets.${i}.amount`]}
                data-testid="budget-amount"
              />
            </SimpleGrid>
          )}
        />
        {errors.budgets && (
          <Text size="sm" c="red">
            {errors.budgets}
          </Text>
        )}
        <Text fw={600}>{t("masterplan.program.actionPlan")}</Text>
        <RowList
          rows={steps}
          onChange={(v) => form.set("steps", v)}
          blank={() => ({ year: startYear, step: "" })}
          addLabel={t("masterplan.program.addStep")}
          editable
          testId="program-steps"
          render={(s, update, i) => (
            <Group align="flex-start" grow wrap="nowrap">
              <Select
                label={t("masterplan.program.stepYear")}
                data={years}
                value={String(s.year)}
                onChange={(v) => v && update({ year: Number(v) })}
                allowDeselect={false}
                maw={120}
                error={errors[`actionPlan.${i}.year`]}
              />
              <TextInput
                label={t("masterplan.program.step")}
                value={s.step}
                onChange={(e) => update({ step: e.currentTarget.value })}
                error={errors[`actionPlan.${i}.step`]}
                data-testid="step-text"
              />
            </Group>
          )}
        />
        <VersionedFormFooter
          state={state}
          onReload={reload}
          onCancel={onCancel}
          submitLabel={target.mode === "add" ? t("masterplan.program.submitAdd") : t("masterplan.program.submitEdit")}
          testId="program"
        />
      </Stack>
    </form>
  );
}
