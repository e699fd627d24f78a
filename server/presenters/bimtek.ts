import { type DeliverableOut, type DeliverableReviewOut, type StageOut, stageGate } from "../../domain/bimtek";
import type { Actor } from "../../domain/roles";
import type { deliverable, deliverableReview, deliverableTemplate } from "../db/schema/index";
import { deliverablePolicy, stagePolicy } from "../policies/cohort";
import { type StageView, stageFacts } from "../services/bimtek/list-stages";

type DeliverableRow = typeof deliverable.$inferSelect;
type TemplateRow = typeof deliverableTemplate.$inferSelect;
type FileRef = { id: string; name: string; size: number } | null;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const NOTHING = { edit: false, submit: false, request_revision: false, approve: false, reopen: false };

/** A deliverable; nothing can be done to one whose stage is closed. */
export function presentDeliverable(
  actor: Actor | null,
  d: { deliverable: DeliverableRow; template: TemplateRow; file: FileRef; regionCode: string; stageClosed: boolean },
): DeliverableOut {
  const row = d.deliverable;
  return {
    id: row.id,
    stageId: row.stageId,
    template: {
      code: d.template.code,
      nameId: d.template.nameId,
      nameEn: d.template.nameEn,
      required: d.template.required,
    },
    status: row.status,
    link: row.link,
    note: row.note,
    file: d.file?.id ? d.file : null,
    submittedAt: iso(row.submittedAt),
    approvedAt: iso(row.approvedAt),
    version: row.version,
    can: d.stageClosed ? NOTHING : deliverablePolicy.abilities(actor, { regionCode: d.regionCode, status: row.status }),
  };
}

/**
 * A stage with its deliverables, attendance and gate. `can.close` is the actor's right to
 * close an open stage; whether it may close now is `gate`, so the page can show the button
 * together with the reason it is still blocked.
 */
export function presentStage(actor: Actor | null, v: StageView, previous: StageView | undefined): StageOut {
  const s = v.stage;
  const gate = stageGate(stageFacts(v), previous ? stageFacts(previous) : undefined);
  const open = !s.closedAt;
  return {
    id: s.id,
    candidateId: s.candidateId,
    regionCode: v.regionCode,
    number: s.number,
    nameId: v.template.nameId,
    nameEn: v.template.nameEn,
    focusId: v.template.focusId,
    focusEn: v.template.focusEn,
    plannedStart: s.plannedStart,
    plannedEnd: s.plannedEnd,
    actualStart: s.actualStart,
    actualEnd: s.actualEnd,
    mode: s.mode,
    venue: s.venue,
    closedAt: iso(s.closedAt),
    closedBy: s.closedBy,
    version: s.version,
    deliverables: v.deliverables.map((d) =>
      presentDeliverable(actor, { ...d, regionCode: v.regionCode, stageClosed: !open }),
    ),
    attendance: v.attendance.map(({ stageId: _, ...a }) => a),
    gate: gate.ok ? { ok: true, code: null, pending: [] } : { ok: false, code: gate.code, pending: gate.pending },
    can: {
      update: open && stagePolicy.can(actor, "update", { regionCode: v.regionCode }),
      close: open && stagePolicy.can(actor, "close", { regionCode: v.regionCode }),
    },
  };
}

/** Every stage of a candidate, each gated by the one before it. */
export function presentStages(actor: Actor | null, views: StageView[]): StageOut[] {
  return views.map((v, i) => presentStage(actor, v, views[i - 1]));
}

type ReviewRow = typeof deliverableReview.$inferSelect;

export function presentReview(r: ReviewRow & { authorName: string | null }): DeliverableReviewOut {
  return {
    id: r.id,
    action: r.action,
    comment: r.comment,
    authorId: r.authorId,
    authorName: r.authorName,
    createdAt: r.createdAt.toISOString(),
  };
}
