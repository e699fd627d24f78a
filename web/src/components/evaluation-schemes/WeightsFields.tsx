import { Group, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatNumber } from "../../i18n/format";
import { type WeightValue, weightsComplete, weightTotal } from "./scheme-form";

type Dimension = { code: string; label: string; description?: string };

type WeightsFieldsProps = {
  dimensions: Dimension[];
  value: Record<string, WeightValue>;
  onChange: (value: Record<string, WeightValue>) => void;
  /** Messages per dimension code (a weight the server refused). */
  errors?: Partial<Record<string, string>>;
  /** The server's message about the weights as a whole. */
  totalError?: string;
  disabled?: boolean;
};

/** One number per result dimension, with the live total that must be 100. */
export function WeightsFields({ dimensions, value, onChange, errors = {}, totalError, disabled }: WeightsFieldsProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const total = weightTotal(value);
  const complete = weightsComplete(value);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="sm">
        {dimensions.map((d) => (
          <NumberInput
            key={d.code}
            label={d.label}
            description={d.description}
            value={value[d.code] ?? ""}
            onChange={(v) => onChange({ ...value, [d.code]: v })}
            min={0}
            max={100}
            decimalScale={2}
            suffix="%"
            error={errors[d.code]}
            disabled={disabled}
            inputMode="decimal"
            data-testid={`weight-${d.code}`}
          />
        ))}
      </SimpleGrid>
      <Group gap="xs" aria-live="polite" role="status" data-testid="weights-total" data-complete={complete}>
        <Text size="sm" fw={600} c={complete ? "green.8" : "red.8"}>
          {t("evaluationSchemes.weights.total", { total: formatNumber(total) })}
        </Text>
        {!complete && (
          <Text size="sm" c="red.8" data-testid="weights-error">
            {t("evaluationSchemes.weights.mustBe100", { total: formatNumber(total) })}
          </Text>
        )}
      </Group>
      {totalError && (
        <Text size="sm" c="red.8" role="alert">
          {totalError}
        </Text>
      )}
    </Stack>
  );
}
