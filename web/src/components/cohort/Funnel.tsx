import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatNumber } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";

/** The program funnel as horizontal bars; a step not measured yet says so instead of showing zero. */
export function Funnel({ steps }: { steps: Array<{ key: string; count: number | null }> }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const formatNumber = useFormatNumber();
  const max = Math.max(1, ...steps.map((s) => s.count ?? 0));
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: "none" }} data-testid="funnel">
      {steps.map((step) => (
        <Group key={step.key} component="li" gap="sm" wrap="nowrap" data-testid="funnel-step" data-key={step.key}>
          <Text size="sm" w={240} style={{ flexShrink: 0 }}>
            {labels.step(step.key)}
          </Text>
          <Progress
            value={step.count === null ? 0 : (step.count / max) * 100}
            size="lg"
            radius="sm"
            style={{ flex: 1 }}
            aria-hidden="true"
          />
          <Text
            size="sm"
            w={110}
            ta="right"
            fw={step.count === null ? 400 : 600}
            c={step.count === null ? "dimmed" : undefined}
          >
            {step.count === null ? t("report.notMeasured") : formatNumber(step.count)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
