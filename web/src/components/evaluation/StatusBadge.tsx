import { Badge } from "@mantine/core";
import type { RoundStatus } from "../../../../domain/evaluation/round";
import { useEvaluationLabels } from "./labels";

const COLORS: Record<RoundStatus, string> = {
  draft: "gray",
  self_assessment: "blue",
  scoring: "orange",
  published: "green",
};

/** The phase of an evaluation round, one colour per phase. */
export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const labels = useEvaluationLabels();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" tt="none" data-testid="round-status" data-status={status}>
      {labels.status(status)}
    </Badge>
  );
}

const LIGHT_COLORS: Record<string, string> = { green: "green", yellow: "yellow", red: "red", none: "gray" };

/** A traffic light with its words (the colour alone would not tell everyone). */
export function LightBadge({ light }: { light: string }) {
  const labels = useEvaluationLabels();
  return (
    <Badge color={LIGHT_COLORS[light] ?? "gray"} variant="dot" radius="sm" tt="none" data-light={light}>
      {labels.light(light)}
    </Badge>
  );
}
