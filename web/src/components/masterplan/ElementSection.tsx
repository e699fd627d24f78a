import { Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fromNarrativeHtml, NarrativeView, RichTextArea, toNarrativeHtml } from "./RichTextArea";
import { SectionCard } from "./SectionCard";
import { useSection } from "./use-section";

const FIELDS = ["condition", "problems", "strategy"] as const;
type ElementForm = Record<(typeof FIELDS)[number], string>;

/** One element of a dimension: current condition, problems and the direction and strategy. */
export function ElementSection({ planId, code, name }: { planId: number; code: string; name: string }) {
  const { t } = useTranslation();
  const state = useSection(planId, `element:${code}`);
  const [form, setForm] = useState<ElementForm | null>(null);
  const stored = (state.query.data?.content ?? {}) as Partial<ElementForm>;
  const f: ElementForm = form ?? {
    condition: fromNarrativeHtml(stored.condition ?? ""),
    problems: fromNarrativeHtml(stored.problems ?? ""),
    strategy: fromNarrativeHtml(stored.strategy ?? ""),
  };
  const submit = async () => {
    const ok = await state.save({
      condition: toNarrativeHtml(f.condition),
      problems: toNarrativeHtml(f.problems),
      strategy: toNarrativeHtml(f.strategy),
    });
    // Back to the stored content only once it is stored: a refused save keeps what was typed.
    if (ok) setForm(null);
  };

  return (
    <SectionCard
      title={name}
      state={state}
      onSubmit={() => void submit()}
      testId={`element-${code}`}
      review={{ planId, sectionKey: `element:${code}` }}
    >
      {(_, editable) => (
        <Stack gap="sm">
          {FIELDS.map((field) =>
            editable ? (
              <RichTextArea
                key={field}
                label={t(`masterplan.element.${field}`)}
                value={f[field]}
                onChange={(value) => setForm({ ...f, [field]: value })}
                error={state.errors[field]}
                testId={`element-${code}-${field}`}
                minRows={2}
              />
            ) : (
              <div key={field}>
                <strong>{t(`masterplan.element.${field}`)}</strong>
                <NarrativeView html={stored[field]} />
              </div>
            ),
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
