import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { STAGE_MODES, type StageMode, type StageOut } from "../../../../domain/bimtek";
import { updateStage } from "../../api/bimtek";
import { fieldErrors } from "../../api/client";
import { useFormatDate } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { useErrorText } from "../ErrorState";

const DATE_FIELDS = ["plannedStart", "plannedEnd", "actualStart", "actualEnd"] as const;

/** A stage's dates, mode and venue; an edit form for who may plan it. */
export function StageSchedule({ stage, onSaved }: { stage: StageOut; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const { date } = useFormatDate();
  const [editing, setEditing] = useState(false);
  const unset = t("bimtek.notSet");
  const range = (a: string | null, b: string | null) =>
    a || b ? `${a ? date(a) : unset} – ${b ? date(b) : unset}` : unset;

  if (editing) {
    return (
      <ScheduleForm
        stage={stage}
        onCancel={() => setEditing(false)}
        onSaved={async () => {
          await onSaved();
          setEditing(false);
        }}
      />
    );
  }
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" style={{ flex: 1 }}>
        <Info label={t("bimtek.planned")} value={range(stage.plannedStart, stage.plannedEnd)} />
        <Info label={t("bimtek.actual")} value={range(stage.actualStart, stage.actualEnd)} />
        <Info label={t("bimtek.mode")} value={stage.mode ? labels.stageMode(stage.mode) : unset} />
        <Info label={t("bimtek.venue")} value={stage.venue ?? unset} />
      </SimpleGrid>
      {stage.can.update && !stage.closedAt && (
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => setEditing(true)}
          data-testid={`stage-edit-${stage.number}`}
        >
          {t("bimtek.editSchedule")}
        </Button>
      )}
    </Group>
  );
}

function Info({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

function ScheduleForm({
  stage,
  onCancel,
  onSaved,
}: {
  stage: StageOut;
  onCancel: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const errorText = useErrorText();
  const [dates, setDates] = useState<Record<(typeof DATE_FIELDS)[number], string>>({
    plannedStart: stage.plannedStart ?? "",
    plannedEnd: stage.plannedEnd ?? "",
    actualStart: stage.actualStart ?? "",
    actualEnd: stage.actualEnd ?? "",
  });
  const [mode, setMode] = useState<StageMode | null>(stage.mode);
  const [venue, setVenue] = useState(stage.venue ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      await updateStage(stage.id, {
        plannedStart: dates.plannedStart || null,
        plannedEnd: dates.plannedEnd || null,
        actualStart: dates.actualStart || null,
        actualEnd: dates.actualEnd || null,
        mode,
        venue: venue.trim() || null,
        version: stage.version,
      });
      await onSaved();
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid={`stage-form-${stage.number}`}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {DATE_FIELDS.map((field) => (
            <TextInput
              key={field}
              type="date"
              label={t(`bimtek.${field}`)}
              value={dates[field]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDates((prev) => ({ ...prev, [field]: value }));
              }}
              error={errors[field]}
              data-testid={`stage-${field}-${stage.number}`}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t("bimtek.mode")}
            placeholder={t("bimtek.modePlaceholder")}
            data={STAGE_MODES.map((m) => ({ value: m, label: labels.stageMode(m) }))}
            value={mode}
            onChange={(value) => setMode((value as StageMode | null) ?? null)}
            clearable
            error={errors.mode}
          />
          <TextInput
            label={t("bimtek.venue")}
            value={venue}
            onChange={(event) => setVenue(event.currentTarget.value)}
            error={errors.venue}
          />
        </SimpleGrid>
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid={`stage-save-${stage.number}`}>
            {t("bimtek.saveSchedule")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
