import { Badge, Group, Text } from "@mantine/core";
import type { Light } from "../../../../domain/achievement";
import type { ProgressStatus, RealisationStatus } from "../../../../domain/monitoring";
import { LIGHT_COLORS, PROGRESS_COLORS, REALISATION_COLORS, useMonitoringLabels } from "./labels";

// Long status words wrap inside narrow table cells instead of being cut off.
const WRAP = { root: { height: "auto", minHeight: 20 }, label: { whiteSpace: "normal" as const, overflow: "visible" } };

/** The traffic light of an achievement, with the percent beside it; the word is there for those who do not see colour. */
export function AchievementBadge({
  value,
  light,
  testId,
  compact,
}: {
  value: number | null;
  light: Light;
  testId?: string;
  /** A coloured dot and the percent, for table cells; the word is in the title and for screen readers. */
  compact?: boolean;
}) {
  const labels = useMonitoringLabels();
  if (compact)
    return (
      <Badge
        variant="dot"
        color={LIGHT_COLORS[light]}
        size="md"
        title={labels.light(light)}
        aria-label={`${labels.light(light)} ${value === null ? "" : labels.percent(value)}`.trim()}
        data-testid={testId}
        data-light={light}
        styles={{ label: { textTransform: "none" } }}
      >
        {value === null ? "—" : labels.percent(value)}
      </Badge>
    );
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId} data-light={light}>
      <Badge color={LIGHT_COLORS[light]} variant={light === "none" ? "outline" : "filled"} size="sm" radius="sm">
        {labels.light(light)}
      </Badge>
      {value !== null && (
        <Text size="sm" fw={500}>
          {labels.percent(value)}
        </Text>
      )}
    </Group>
  );
}

export function ProgressStatusBadge({ status }: { status: ProgressStatus | null }) {
  const labels = useMonitoringLabels();
  if (!status) return <Text c="dimmed">—</Text>;
  return (
    <Badge color={PROGRESS_COLORS[status]} variant="light" data-status={status} styles={WRAP}>
      {labels.progressStatus(status)}
    </Badge>
  );
}

export function RealisationStatusBadge({ status, testId }: { status: RealisationStatus; testId?: string }) {
  const labels = useMonitoringLabels();
  return (
    <Badge color={REALISATION_COLORS[status]} variant="light" data-status={status} data-testid={testId} styles={WRAP}>
      {labels.realisationStatus(status)}
    </Badge>
  );
}
