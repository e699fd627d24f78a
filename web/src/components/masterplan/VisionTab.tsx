import { Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RowList } from "./RowList";
import { SectionCard } from "./SectionCard";
import { useSection } from "./use-section";

type Mission = { text: string; rpjmdMission?: string };
type Goal = { text: string; missionIndex?: number };
type Vision = { vision: string; rpjmdVision?: string; rpjmdRegulation?: string; missions: Mission[]; goals: Goal[] };

function fromContent(c: Record<string, unknown> | undefined): Vision {
  const v = (c ?? {}) as Partial<Vision>;
  return {
    vision: v.vision ?? "",
    rpjmdVision: v.rpjmdVision ?? "",
    rpjmdRegulation: v.rpjmdRegulation ?? "",
    missions: v.missions ?? [],
    goals: v.goals ?? [],
  };
}

/** Visi & Misi: the smart city vision, missions and goals, each linked to the RPJMD text it supports. */
export function VisionTab({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const state = useSection(planId, "vision");
  const [form, setForm] = useState<Vision | null>(null);
  const v = form ?? fromContent(state.query.data?.content);
  const set = (changes: Partial<Vision>) => setForm({ ...v, ...changes });
  const err = state.errors;

  const submit = async () => {
    await state.save({
      vision: v.vision.trim(),
      rpjmdVision: v.rpjmdVision?.trim() || undefined,
      rpjmdRegulation: v.rpjmdRegulation?.trim() || undefined,
      missions: v.missions.map((m) => ({ text: m.text.trim(), rpjmdMission: m.rpjmdMission?.trim() || undefined })),
      goals: v.goals.map((g) => ({ text: g.text.trim(), missionIndex: g.missionIndex })),
    });
  };

  return (
    <SectionCard
      title={t("masterplan.vision.title")}
      state={state}
      onSubmit={() => void submit()}
      testId="section-vision"
      review={{ planId, sectionKey: "vision" }}
    >
      {(_, editable) => (
        <Stack gap="md">
          <Textarea
            label={t("masterplan.vision.vision")}
            value={v.vision}
            onChange={(e) => set({ vision: e.currentTarget.value })}
            readOnly={!editable}
            autosize
            minRows={2}
            error={err.vision}
            data-testid="vision-text"
          />
          <Textarea
            label={t("masterplan.vision.rpjmdVision")}
            value={v.rpjmdVision ?? ""}
            onChange={(e) => set({ rpjmdVision: e.currentTarget.value })}
            readOnly={!editable}
            autosize
            minRows={1}
            error={err.rpjmdVision}
          />
          <TextInput
            label={t("masterplan.vision.rpjmdRegulation")}
            description={t("masterplan.vision.rpjmdRegulationHint")}
            value={v.rpjmdRegulation ?? ""}
            onChange={(e) => set({ rpjmdRegulation: e.currentTarget.value })}
            readOnly={!editable}
            maxLength={500}
            error={err.rpjmdRegulation}
            data-testid="vision-rpjmd-regulation"
          />
          <Text fw={600}>{t("masterplan.vision.missions")}</Text>
          <RowList
            rows={v.missions}
            onChange={(missions) => set({ missions })}
            blank={(): Mission => ({ text: "" })}
            addLabel={t("masterplan.vision.addMission")}
            editable={editable}
            testId="missions"
            render={(m, update, i) => (
              <Group grow align="flex-start">
                <Textarea
                  label={t("masterplan.vision.mission", { n: i + 1 })}
                  value={m.text}
                  onChange={(e) => update({ text: e.currentTarget.value })}
                  readOnly={!editable}
                  autosize
                  minRows={1}
                  error={err[`missions.${i}.text`]}
                  data-testid="mission-text"
                />
                <Textarea
                  label={t("masterplan.vision.rpjmdMission")}
                  value={m.rpjmdMission ?? ""}
                  onChange={(e) => update({ rpjmdMission: e.currentTarget.value })}
                  readOnly={!editable}
                  autosize
                  minRows={1}
                />
              </Group>
            )}
          />
          <Text fw={600}>{t("masterplan.vision.goals")}</Text>
          <RowList
            rows={v.goals}
            onChange={(goals) => set({ goals })}
            blank={(): Goal => ({ text: "" })}
            addLabel={t("masterplan.vision.addGoal")}
            editable={editable}
            testId="goals"
            render={(g, update, i) => (
              <Group grow align="flex-start">
                <TextInput
                  label={t("masterplan.vision.goal", { n: i + 1 })}
                  value={g.text}
                  onChange={(e) => update({ text: e.currentTarget.value })}
                  readOnly={!editable}
                  error={err[`goals.${i}.text`]}
                />
                <Select
                  label={t("masterplan.vision.goalMission")}
                  data={v.missions.map((_, mi) => ({
                    value: String(mi),
                    label: t("masterplan.vision.mission", { n: mi + 1 }),
                  }))}
                  value={g.missionIndex === undefined ? null : String(g.missionIndex)}
                  onChange={(value) => update({ missionIndex: value === null ? undefined : Number(value) })}
                  readOnly={!editable}
                  clearable
                />
              </Group>
            )}
          />
        </Stack>
      )}
    </SectionCard>
  );
}
