import { Badge } from "@mantine/core";
import type { DeliverableStatus } from "../../../../domain/bimtek";
import type { CandidateStatus, CohortStatus } from "../../../../domain/cohort";
import { useDomainLabels } from "../../i18n/labels";

const COHORT_COLORS: Record<CohortStatus, string> = {
  draft: "gray",
  assessment: "blue",
  selection: "indigo",
  mou: "grape",
  mentoring: "teal",
  completed: "green",
  closed: "dark",
};

/** The phase of a cohort, one colour per phase. */
export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  const labels = useDomainLabels();
  return (
    <Badge color={COHORT_COLORS[status]} variant="light" radius="sm" tt="none" data-testid="cohort-status">
      {labels.cohortStatus(status)}
    </Badge>
  );
}

const CANDIDATE_COLORS: Record<CandidateStatus, string> = {
  invited: "gray",
  assessed: "blue",
  selected: "green",
  not_selected: "orange",
  withdrawn: "red",
};

export function CandidateStatusBadge({ status }: { status: CandidateStatus }) {
  const labels = useDomainLabels();
  return (
    <Badge
      color={CANDIDATE_COLORS[status]}
      variant="dot"
      radius="sm"
      tt="none"
      style={{ overflow: "visible" }}
      styles={{ label: { overflow: "visible" } }}
      data-testid="candidate-status"
    >
      {labels.candidateStatus(status)}
    </Badge>
  );
}

const DELIVERABLE_COLORS: Record<DeliverableStatus, string> = {
  draft: "gray",
  submitted: "blue",
  revision_requested: "orange",
  approved: "green",
};

export function DeliverableStatusBadge({ status }: { status: DeliverableStatus }) {
  const labels = useDomainLabels();
  return (
    <Badge color={DELIVERABLE_COLORS[status]} variant="light" radius="sm" tt="none" data-testid="deliverable-status">
      {labels.deliverableStatus(status)}
    </Badge>
  );
}
