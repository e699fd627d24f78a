import { Badge } from "@mantine/core";
import type { MasterplanStatus } from "../../../../domain/masterplan";
import { useDomainLabels } from "../../i18n/labels";

const COLORS: Record<MasterplanStatus, string> = {
  draft: "gray",
  in_review: "yellow",
  approved: "green",
  enacted: "grape",
};

export function MasterplanStatusBadge({ status }: { status: MasterplanStatus }) {
  const labels = useDomainLabels();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="masterplan-status" data-status={status}>
      {labels.masterplanStatus(status)}
    </Badge>
  );
}
