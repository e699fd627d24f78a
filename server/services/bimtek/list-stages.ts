import { asc, eq, inArray } from "drizzle-orm";
import type { DeliverableStatus, StageFacts } from "../../../domain/bimtek";
import type { Db } from "../../db/client";
import {
  bimtekAttendance,
  bimtekStage,
  candidate,
  deliverable,
  deliverableTemplate,
  opd,
  stageTemplate,
  storedFile,
} from "../../db/schema/index";

export type StageView = Awaited<ReturnType<typeof loadStageViews>>[number];

/** Every stage of a candidate in order, with its deliverables (template order), files and attendance. */
export async function loadStageViews(db: Db, candidateId: number) {
  const stages = await db
    .select({ stage: bimtekStage, template: stageTemplate, regionCode: candidate.regionCode })
    .from(bimtekStage)
    .innerJoin(stageTemplate, eq(stageTemplate.id, bimtekStage.stageTemplateId))
    .innerJoin(candidate, eq(candidate.id, bimtekStage.candidateId))
    .where(eq(bimtekStage.candidateId, candidateId))
    .orderBy(asc(bimtekStage.number));
  if (!stages.length) return [];
  const ids = stages.map((s) => s.stage.id);
  // One after the other: inside a transaction both run on the same connection.
  const deliverables = await db
    .select({
      deliverable,
      template: deliverableTemplate,
      file: { id: storedFile.id, name: storedFile.originalName, size: storedFile.size },
    })
    .from(deliverable)
    .innerJoin(deliverableTemplate, eq(deliverableTemplate.id, deliverable.templateId))
    .leftJoin(storedFile, eq(storedFile.id, deliverable.fileId))
    .where(inArray(deliverable.stageId, ids))
    .orderBy(asc(deliverableTemplate.order), asc(deliverable.id));
  const attendance = await db
    .select({
      stageId: bimtekAttendance.stageId,
      opdId: bimtekAttendance.opdId,
      opdName: opd.name,
      participants: bimtekAttendance.participants,
      attended: bimtekAttendance.attended,
    })
    .from(bimtekAttendance)
    .innerJoin(opd, eq(opd.id, bimtekAttendance.opdId))
    .where(inArray(bimtekAttendance.stageId, ids))
    .orderBy(asc(opd.name));
  return stages.map((s) => ({
    ...s,
    deliverables: deliverables.filter((d) => d.deliverable.stageId === s.stage.id),
    attendance: attendance.filter((a) => a.stageId === s.stage.id),
  }));
}

/** One stage's view with the stage before it (for the gate), or undefined when it is gone. */
export async function loadStageView(db: Db, stage: { id: number; candidateId: number }) {
  const views = await loadStageViews(db, stage.candidateId);
  const i = views.findIndex((v) => v.stage.id === stage.id);
  return i < 0 ? undefined : { view: views[i] as StageView, previous: views[i - 1] };
}

/** What the gate needs to know of a stage. */
export function stageFacts(v: StageView): StageFacts {
  return {
    number: v.stage.number,
    closedAt: v.stage.closedAt,
    deliverables: v.deliverables.map((d) => ({
      required: d.template.required,
      status: d.deliverable.status as DeliverableStatus,
      nameId: d.template.nameId,
    })),
  };
}
