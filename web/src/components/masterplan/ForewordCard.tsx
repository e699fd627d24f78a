import { SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../i18n/format";
import { fromNarrativeHtml, NarrativeView, RichTextArea, toNarrativeHtml } from "./RichTextArea";
import { SectionCard } from "./SectionCard";
import { useSection } from "./use-section";

type Foreword = {
  text: string;
  place: string;
  date: string;
  signatoryName: string;
  signatoryPosition: string;
  signatoryNip: string;
};

/**
 * Kata Pengantar: the text every book opens with, and where, when and by whom it is signed.
 * Required before the plan is submitted, so the enacted books print no placeholder.
 */
export function ForewordCard({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const { date: formatDate } = useFormatDate();
  const state = useSection(planId, "foreword");
  const [form, setForm] = useState<Foreword | null>(null);
  const stored = (state.query.data?.content ?? {}) as Partial<Foreword>;
  const f: Foreword = form ?? {
    text: fromNarrativeHtml(stored.text ?? ""),
    place: stored.place ?? "",
    date: stored.date ?? "",
    signatoryName: stored.signatoryName ?? "",
    signatoryPosition: stored.signatoryPosition ?? "",
    signatoryNip: stored.signatoryNip ?? "",
  };
  const set = (changes: Partial<Foreword>) => setForm({ ...f, ...changes });
  const err = state.errors;

  const submit = async () => {
    const ok = await state.save({
      text: toNarrativeHtml(f.text),
      place: f.place.trim(),
      date: f.date,
      signatoryName: f.signatoryName.trim(),
      signatoryPosition: f.signatoryPosition.trim(),
      signatoryNip: f.signatoryNip.replace(/\s+/g, "") || undefined,
    });
    // Back to the stored content only once it is stored: a refused save keeps what was typed.
    if (ok) setForm(null);
  };

  return (
    <SectionCard
      title={t("masterplan.foreword.title")}
      state={state}
      onSubmit={() => void submit()}
      testId="section-foreword"
      review={{ planId, sectionKey: "foreword" }}
    >
      {(_, editable) =>
        editable ? (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t("masterplan.foreword.hint")}
            </Text>
            <RichTextArea
              label={t("masterplan.foreword.text")}
              value={f.text}
              onChange={(text) => set({ text })}
              error={err.text}
              testId="foreword-text"
              minRows={4}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t("masterplan.foreword.place")}
                value={f.place}
                onChange={(e) => set({ place: e.currentTarget.value })}
                error={err.place}
                required
                data-testid="foreword-place"
              />
              <TextInput
                type="date"
                label={t("masterplan.foreword.date")}
                value={f.date}
                onChange={(e) => set({ date: e.currentTarget.value })}
                error={err.date}
                required
                data-testid="foreword-date"
              />
              <TextInput
                label={t("masterplan.foreword.signatoryName")}
                value={f.signatoryName}
                onChange={(e) => set({ signatoryName: e.currentTarget.value })}
                error={err.signatoryName}
                required
                data-testid="foreword-signatory-name"
              />
              <TextInput
                label={t("masterplan.foreword.signatoryPosition")}
                value={f.signatoryPosition}
                onChange={(e) => set({ signatoryPosition: e.currentTarget.value })}
                error={err.signatoryPosition}
                placeholder={t("masterplan.foreword.positionPlaceholder")}
                required
                data-testid="foreword-signatory-position"
              />
              <TextInput
                label={t("masterplan.foreword.signatoryNip")}
                description={t("masterplan.foreword.nipHint")}
                value={f.signatoryNip}
                onChange={(e) => set({ signatoryNip: e.currentTarget.value })}
                error={err.signatoryNip}
                inputMode="numeric"
                maxLength={21}
                data-testid="foreword-signatory-nip"
              />
            </SimpleGrid>
          </Stack>
        ) : stored.text ? (
          <Stack gap="xs">
            <NarrativeView html={stored.text} />
            <Text size="sm">
              {stored.place}, {stored.date ? formatDate(stored.date) : ""} — {stored.signatoryName} (
              {stored.signatoryPosition}
              {stored.signatoryNip ? `, NIP ${stored.signatoryNip}` : ""})
            </Text>
          </Stack>
        ) : (
          <Text c="dimmed">{t("masterplan.foreword.empty")}</Text>
        )
      }
    </SectionCard>
  );
}
