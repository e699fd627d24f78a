import { Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fromNarrativeHtml, RichTextArea, toNarrativeHtml } from "./RichTextArea";
import { RowList } from "./RowList";
import { SectionCard } from "./SectionCard";
import { useSection } from "./use-section";

const LENSES = ["struktur", "infrastruktur", "suprastruktur"] as const;
type Lens = (typeof LENSES)[number];

/** Analisis Strategis (Buku 1): profile, readiness per lens, SWOT per lens, priority issues. */
export function StrategicTab({ planId }: { planId: number }) {
  return (
    <Stack gap="lg">
      <ProfileSection planId={planId} />
      <ReadinessSection planId={planId} />
      <SwotSection planId={planId} />
      <PriorityIssuesSection planId={planId} />
    </Stack>
  );
}

type Figure = { label: string; value: string; unit?: string; year: number; source: string };
type Profile = { figures: Figure[]; narrative: string; natureCulture: string };

function ProfileSection({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const state = useSection(planId, "profile");
  const [form, setForm] = useState<Profile | null>(null);
  const c = (state.query.data?.content ?? {}) as Partial<Profile>;
  const p: Profile = form ?? {
    figures: c.figures ?? [],
    narrative: fromNarrativeHtml(c.narrative ?? ""),
    natureCulture: fromNarrativeHtml(c.natureCulture ?? ""),
  };
  const set = (changes: Partial<Profile>) => setForm({ ...p, ...changes });
  const submit = () =>
    void state.save({
      figures: p.figures.map((f) => ({ ...f, unit: f.unit?.trim() || undefined })),
      narrative: toNarrativeHtml(p.narrative),
      natureCulture: toNarrativeHtml(p.natureCulture),
    });
  const err = state.errors;
  return (
    <SectionCard
      title={t("masterplan.strategic.profile")}
      state={state}
      onSubmit={submit}
      testId="section-profile"
      review={{ planId, sectionKey: "profile" }}
    >
      {(_, editable) => (
        <Stack gap="sm">
          <Text fw={600}>{t("masterplan.strategic.figures")}</Text>
          <RowList
            rows={p.figures}
            onChange={(figures) => set({ figures })}
            blank={(): Figure => ({ label: "", value: "", year: new Date().getFullYear(), source: "" })}
            addLabel={t("masterplan.strategic.addFigure")}
            editable={editable}
            testId="figures"
            render={(f, update, i) => (
              <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs">
                <TextInput
                  label={t("masterplan.strategic.figureLabel")}
                  value={f.label}
                  readOnly={!editable}
                  error={err[`figures.${i}.label`]}
                  onChange={(e) => update({ label: e.currentTarget.value })}
                />
                <TextInput
                  label={t("masterplan.strategic.figureValue")}
                  value={f.value}
                  readOnly={!editable}
                  error={err[`figures.${i}.value`]}
                  onChange={(e) => update({ value: e.currentTarget.value })}
                />
                <TextInput
                  label={t("masterplan.strategic.figureUnit")}
                  value={f.unit ?? ""}
                  readOnly={!editable}
                  onChange={(e) => update({ unit: e.currentTarget.value })}
                />
                <NumberInput
                  label={t("masterplan.strategic.figureYear")}
                  value={f.year}
                  readOnly={!editable}
                  error={err[`figures.${i}.year`]}
                  onChange={(v) => update({ year: Number(v) })}
                  thousandSeparator=""
                  allowDecimal={false}
                />
                <TextInput
                  label={t("masterplan.strategic.figureSource")}
                  value={f.source}
                  readOnly={!editable}
                  error={err[`figures.${i}.source`]}
                  onChange={(e) => update({ source: e.currentTarget.value })}
                />
              </SimpleGrid>
            )}
          />
          <RichTextArea
            label={t("masterplan.strategic.narrative")}
            value={p.narrative}
            onChange={(narrative) => set({ narrative })}
            testId="profile-narrative"
          />
          <RichTextArea
            label={t("masterplan.strategic.natureCulture")}
            value={p.natureCulture}
            onChange={(natureCulture) => set({ natureCulture })}
            testId="profile-nature"
          />
        </Stack>
      )}
    </SectionCard>
  );
}

type ReadinessLens = { lens: Lens; condition: string; gap: string };

function ReadinessSection({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const state = useSection(planId, "readiness");
  const [form, setForm] = useState<ReadinessLens[] | null>(null);
  const stored = ((state.query.data?.content.lenses ?? []) as ReadinessLens[]) ?? [];
  const rows =
    form ??
    LENSES.map((lens) => {
      const s = stored.find((r) => r.lens === lens);
      return { lens, condition: fromNarrativeHtml(s?.condition ?? ""), gap: fromNarrativeHtml(s?.gap ?? "") };
    });
  const update = (lens: Lens, changes: Partial<ReadinessLens>) =>
    setForm(rows.map((r) => (r.lens === lens ? { ...r, ...changes } : r)));
  const submit = () =>
    void state.save({
      lenses: rows
        .filter((r) => r.condition.trim() || r.gap.trim())
        .map((r) => ({ lens: r.lens, condition: toNarrativeHtml(r.condition), gap: toNarrativeHtml(r.gap) })),
    });
  return (
    <SectionCard
      title={t("masterplan.strategic.readiness")}
      state={state}
      onSubmit={submit}
      testId="section-readiness"
      review={{ planId, sectionKey: "readiness" }}
    >
      {(_, editable) => (
        <Stack gap="md">
          {rows.map((r) => (
            <div key={r.lens}>
              <Text fw={600} mb={4}>
                {t(`lens.${r.lens}`)}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <RichTextArea
                  label={t("masterplan.strategic.condition")}
                  value={r.condition}
                  onChange={(condition) => update(r.lens, { condition })}
                  testId={`readiness-${r.lens}-condition`}
                  readOnly={!editable}
                  minRows={2}
                />
                <RichTextArea
                  label={t("masterplan.strategic.gap")}
                  value={r.gap}
                  onChange={(gap) => update(r.lens, { gap })}
                  testId={`readiness-${r.lens}-gap`}
                  readOnly={!editable}
                  minRows={2}
                />
              </SimpleGrid>
            </div>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

const SWOT = ["strengths", "weaknesses", "opportunities", "threats"] as const;
type SwotLens = { lens: Lens } & Record<(typeof SWOT)[number], string>;

function SwotSection({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const state = useSection(planId, "swot");
  const [form, setForm] = useState<SwotLens[] | null>(null);
  const stored = (state.query.data?.content.lenses ?? []) as Array<{ lens: Lens } & Record<string, string[]>>;
  const rows: SwotLens[] =
    form ??
    LENSES.map((lens) => {
      const s = stored.find((r) => r.lens === lens);
      return {
        lens,
        strengths: (s?.strengths ?? []).join("\n"),
        weaknesses: (s?.weaknesses ?? []).join("\n"),
        opportunities: (s?.opportunities ?? []).join("\n"),
        threats: (s?.threats ?? []).join("\n"),
      };
    });
  const lines = (text: string) =>
    text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  const submit = () =>
    void state.save({
      lenses: rows
        .filter((r) => SWOT.some((k) => r[k].trim()))
        .map((r) => ({
          lens: r.lens,
          strengths: lines(r.strengths),
          weaknesses: lines(r.weaknesses),
          opportunities: lines(r.opportunities),
          threats: lines(r.threats),
        })),
    });
  return (
    <SectionCard
      title={t("masterplan.strategic.swot")}
      state={state}
      onSubmit={submit}
      testId="section-swot"
      review={{ planId, sectionKey: "swot" }}
    >
      {(_, editable) => (
        <Stack gap="md">
          <Text size="xs" c="dimmed">
            {t("masterplan.strategic.onePerLine")}
          </Text>
          {rows.map((r) => (
            <div key={r.lens}>
              <Text fw={600} mb={4}>
                {t(`lens.${r.lens}`)}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
                {SWOT.map((k) => (
                  <Textarea
                    key={k}
                    label={t(`masterplan.strategic.${k}`)}
                    value={r[k]}
                    readOnly={!editable}
                    autosize
                    minRows={3}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setForm(rows.map((x) => (x.lens === r.lens ? { ...x, [k]: value } : x)));
                    }}
                  />
                ))}
              </SimpleGrid>
            </div>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

type Issue = { title: string; description: string };

function PriorityIssuesSection({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const state = useSection(planId, "priority_issues");
  const [form, setForm] = useState<Issue[] | null>(null);
  const stored = (state.query.data?.content.issues ?? []) as Array<{ title: string; description?: string }>;
  const rows = form ?? stored.map((i) => ({ title: i.title, description: fromNarrativeHtml(i.description ?? "") }));
  const submit = () =>
    void state.save({
      issues: rows.map((i) => ({ title: i.title.trim(), description: toNarrativeHtml(i.description) || undefined })),
    });
  return (
    <SectionCard
      title={t("masterplan.strategic.priorityIssues")}
      state={state}
      onSubmit={submit}
      testId="section-priority-issues"
      review={{ planId, sectionKey: "priority_issues" }}
    >
      {(_, editable) => (
        <RowList
          rows={rows}
          onChange={setForm}
          blank={() => ({ title: "", description: "" })}
          addLabel={t("masterplan.strategic.addIssue")}
          editable={editable}
          testId="issues"
          render={(issue, update, i) => (
            <Group grow align="flex-start">
              <TextInput
                label={t("masterplan.strategic.issue")}
                value={issue.title}
                readOnly={!editable}
                error={state.errors[`issues.${i}.title`]}
                onChange={(e) => update({ title: e.currentTarget.value })}
              />
              <Textarea
                label={t("masterplan.program.description")}
                value={issue.description}
                readOnly={!editable}
                autosize
                minRows={1}
                onChange={(e) => update({ description: e.currentTarget.value })}
              />
            </Group>
          )}
        />
      )}
    </SectionCard>
  );
}
