import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { bimtekStage, candidate, deliverable, deliverableTemplate, storedFile } from "../../db/schema/index";
import { AppError } from "../../errors";
import { candidateScope } from "../cohorts/load";

// Stages exist only in the workspace of a selected region: a candidate withdrawn later keeps
// its rows, but they are no longer served.
const inWorkspace = (actor: Actor | null) => and(eq(candidate.status, "selected"), candidateScope(actor));

/** A Bimtek stage inside the actor's scope; another region's stage is simply not found. */
export async function loadStage(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ stage: bimtekStage, regionCode: candidate.regionCode })
    .from(bimtekStage)
    .innerJoin(candidate, eq(candidate.id, bimtekStage.candidateId))
    .where(and(eq(bimtekStage.id, id), inWorkspace(actor)));
  if (!row) throw new AppError("stage_not_found", { id });
  return { ...row, res: { regionCode: row.regionCode } };
}
export type LoadedStage = Awaited<ReturnType<typeof loadStage>>;

/** A deliverable with its template, stage and file, inside the actor's scope. */
export async function loadDeliverable(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({
      deliverable,
      template: deliverableTemplate,
      stage: bimtekStage,
      regionCode: candidate.regionCode,
      file: { id: storedFile.id, name: storedFile.originalName, size: storedFile.size },
    })
    .from(deliverable)
    .innerJoin(deliverableTemplate, eq(deliverableTemplate.id, deliverable.templateId))
    .leftJoin(storedFile, eq(storedFile.id, deliverable.fileId))
    .innerJoin(bimtekStage, eq(bimtekStage.id, deliverable.stageId))
    .innerJoin(candidate, eq(candidate.id, bimtekStage.candidateId))
    .where(and(eq(deliverable.id, id), inWorkspace(actor)));
  if (!row) throw new AppError("deliverable_not_found", { id });
  return { ...row, res: { regionCode: row.regionCode, status: row.deliverable.status } };
}
export type LoadedDeliverable = Awaited<ReturnType<typeof loadDeliverable>>;

/**
 * Locks a stage row for the rest of the transaction and answers 409 when it is closed.
 * Closing a stage and changing its deliverables both take this lock, so a deliverable can
 * never be reopened while its stage is being closed.
 */
export async function lockOpenStage(tx: Db, stageId: number) {
  const [row] = await tx.select().from(bimtekStage).where(eq(bimtekStage.id, stageId)).for("update");
  if (!row) throw new AppError("stage_not_found", { id: stageId });
  if (row.closedAt) throw new AppError("stage_already_closed", { id: stageId });
  return row;
}
