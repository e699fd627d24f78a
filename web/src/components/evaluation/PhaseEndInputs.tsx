import { SimpleGrid, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The two phase deadlines as typed in the form ("" for none). */
export type PhaseEnds = { selfAssessmentEndsOn: string; scoringEndsOn: string };

/**
 * "Batas evaluasi mandiri" and "Batas penilaian asesor" side by side: the browser's own date
 * inputs, typed with the keyboard or picked, each cleared by emptying it.
 */
export function PhaseEndInputs({
  value,
  onChange,
  errors,
  testId,
}: {
  value: PhaseEnds;
  onChange: (next: PhaseEnds) => void;
  errors: Record<string, string>;
  testId: string;
}) {
  const { t } = useTranslation();
  const fields = ["selfAssessmentEndsOn", "scoringEndsOn"] as const;
  return (
    <div>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {fields.map((field) => (
          <TextInput
            key={field}
            type="date"
            label={t(`evaluation.form.${field}`)}
            value={value[field]}
            onChange={(event) => onChange({ ...value, [field]: event.currentTarget.value })}
            error={errors[field]}
            data-testid={`${testId}-${field}`}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={4}>
        {t("evaluation.form.phaseEndsHint")}
      </Text>
    </div>
  );
}
