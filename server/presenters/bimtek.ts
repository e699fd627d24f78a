import {
  type CoveredChapterOut,
  type DeliverableOut,
  type DeliverableReviewOut,
  type StageOut,
  stageGate,
} from "../../domain/bimtek";
import { CHAPTER_LABELS, chapterHref } from "../../domain/masterplan-chapters";
import type { Actor } from "../../domain/roles";
import type { deliverable, deliverableReview, deliverableTemplate } from "../db/schema/index";
import { deliverablePolicy, stagePolicy } from "../policies/cohort";
import { type StageView, stageFacts } from "../services/bimtek/list-stages";
import type { Coverage } from "../services/bimtek/masterplan-coverage";

type DeliverableRow = typeof deliverable.$inferSelect;
type TemplateRow = typeof deliverableTemplate.$inferSelect;
type FileRef = { id: string; name: string; size: number } | null;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const NOTHING = { edit: false, submit: false, request_revision: false, approve: false, reopen: false };

/** The chapters a deliverable covers, each with its link and state in the region's current plan. */
function presentCovers(coverage: Coverage, template: TemplateRow): CoveredChapterOut[] {
  const plan = coverage.plan;
  return coverage.coversOf(template).map((chapter) => {
    const state = coverage.states.get(chapter);
    return {
      chapter,
      nameId: CHAPTER_LABELS[chapter].id,
      nameEn: CHAPTER_LABELS[chapter].en,
      masterplanId: plan?.id ?? null,
      href: plan ? chapterHref(plan.id, chapter) : null,
      complete: plan && state ? state.complete : null,
      missing: plan && state ? state.missing : [],
    };
  });
}

/** A deliverable with the masterplan chapters it covers; nothing can be done to one whose stage is closed. */
export function presentDeliverable(
  actor: Actor | null,
  d: { deliverable: DeliverableRow; template: TemplateRow; file: FileRef; regionCode: string; stageClosed: boolean },
  coverage: Coverage,
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
    covers: presentCovers(coverage, d.template),
    can: d.stageClosed ? NOTHING : deliverablePolicy.abilities(actor, { regionCode: d.regionCode, status: row.status }),
  };
}

/**
 * A stage with its deliverables, attendance and gate. `can.close` is the actor's right to
 * close an open stage; whether it may close now is `gate`, so the page can show the button
 * together with the reason it is still blocked.
 */
export function presentStage(
  actor: Actor | null,
  v: StageView,
  previous: StageView | undefined,
  coverage: Coverage,
): StageOut {
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
      presentDeliverable(actor, { ...d, regionCode: v.regionCode, stageClosed: !open }, coverage),
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
export function presentStages(actor: Actor | null, views: StageView[], coverage: Coverage): StageOut[] {
  return views.map((v, i) => presentStage(actor, v, views[i - 1], coverage));
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
