import { z } from "zod";

/** Deliverable statuses and the moves between them. */
export const DELIVERABLE_STATUSES = ["draft", "submitted", "revision_requested", "approved"] as const;
export const DeliverableStatus = z.enum(DELIVERABLE_STATUSES);
export type DeliverableStatus = z.infer<typeof DeliverableStatus>;

export const DELIVERABLE_ACTIONS = {
  submit: { from: ["draft", "revision_requested"], to: "submitted" },
  request_revision: { from: ["submitted"], to: "revision_requested" },
  approve: { from: ["submitted"], to: "approved" },
  reopen: { from: ["approved"], to: "revision_requested" },
} as const satisfies Record<string, { from: readonly DeliverableStatus[]; to: DeliverableStatus }>;
export type DeliverableAction = keyof typeof DELIVERABLE_ACTIONS;

export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, { id: string; en: string }> = {
  draft: { id: "Draf", en: "Draft" },
  submitted: { id: "Diajukan", en: "Submitted" },
  revision_requested: { id: "Perlu revisi", en: "Revision requested" },
  approved: { id: "Disetujui", en: "Approved" },
};

/** The status a deliverable moves to, or null when the action is not allowed from where it is. */
export function nextDeliverableStatus(current: DeliverableStatus, action: DeliverableAction): DeliverableStatus | null {
  const move = DELIVERABLE_ACTIONS[action];
  return (move.from as readonly DeliverableStatus[]).includes(current) ? move.to : null;
}

export type StageFacts = {
  number: number;
  closedAt: Date | null;
  deliverables: Array<{ required: boolean; status: DeliverableStatus; nameId: string }>;
};

export type GateResult =
  | { ok: true }
  | {
      ok: false;
      code: "stage_already_closed" | "previous_stage_open" | "deliverables_not_approved";
      pending: string[];
    };

/**
 * The Bimtek gate: a stage closes only when every required deliverable is approved,
 * and stage n+1 never before stage n.
 */
export function stageGate(stage: StageFacts, previous: StageFacts | undefined): GateResult {
  if (stage.closedAt) return { ok: false, code: "stage_already_closed", pending: [] };
  if (previous && !previous.closedAt) return { ok: false, code: "previous_stage_open", pending: [] };
  const pending = stage.deliverables.filter((d) => d.required && d.status !== "approved").map((d) => d.nameId);
  if (pending.length) return { ok: false, code: "deliverables_not_approved", pending };
  return { ok: true };
}
