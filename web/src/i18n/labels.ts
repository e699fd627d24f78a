import { AUDIT_ACTIONS } from "../../../domain/audit";
import {
  DELIVERABLE_STATUS_LABELS,
  type DeliverableStatus,
  STAGE_MODE_LABELS,
  type StageMode,
} from "../../../domain/bimtek";
import { type CandidateStatus, COHORT_STATUS_LABELS, type CohortStatus } from "../../../domain/cohort";
import { stepLabel } from "../../../domain/cohort-dashboard";
import { MASTERPLAN_STATUS_LABELS, type MasterplanStatus, TERM_LABELS, type Term } from "../../../domain/masterplan";
import { GOVERNANCE_KIND_LABELS } from "../../../domain/masterplan-api";
import { MOU_MODE_LABELS, type MouMode } from "../../../domain/mou";
import { OPD_KIND_LABELS, type OpdKind } from "../../../domain/opd";
import { ROLE_LABELS, type Role } from "../../../domain/roles";
import { useLanguage } from "./format";

/** Labels that live in domain/ (shared with the server and the API docs), in the current UI language. */
export function useDomainLabels() {
  const lang = useLanguage();
  return {
    role: (role: Role) => ROLE_LABELS[role]?.[lang] ?? role,
    opdKind: (kind: OpdKind) => OPD_KIND_LABELS[kind]?.[lang] ?? kind,
    auditAction: (action: string) => AUDIT_ACTIONS[action]?.[lang] ?? action,
    cohortStatus: (status: CohortStatus) => COHORT_STATUS_LABELS[status]?.[lang] ?? status,
    // The candidate statuses are also steps of the program (invited, assessed, selected, …).
    candidateStatus: (status: CandidateStatus) => stepLabel(status, lang),
    step: (key: string) => stepLabel(key, lang),
    deliverableStatus: (status: DeliverableStatus) => DELIVERABLE_STATUS_LABELS[status]?.[lang] ?? status,
    stageMode: (mode: StageMode) => STAGE_MODE_LABELS[mode]?.[lang] ?? mode,
    mouMode: (mode: MouMode) => MOU_MODE_LABELS[mode]?.[lang] ?? mode,
    masterplanStatus: (status: MasterplanStatus) => MASTERPLAN_STATUS_LABELS[status]?.[lang] ?? status,
    term: (term: Term) => TERM_LABELS[term]?.[lang] ?? term,
    governanceKind: (kind: keyof typeof GOVERNANCE_KIND_LABELS) => GOVERNANCE_KIND_LABELS[kind]?.[lang] ?? kind,
  };
}
