import { eq, sql } from "drizzle-orm";
import {
  type DeliverableAction,
  type DeliverableActionInput,
  type DeliverableStatus,
  nextDeliverableStatus,
} from "../../../domain/bimtek";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { deliverable, deliverableReview } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type LoadedDeliverable, lockOpenStage } from "./load";

/** The audit action of each deliverable action, in the past tense of the trail. */
export const DELIVERABLE_AUDIT_ACTIONS: Record<DeliverableAction, string> = {
  submit: "deliverable.submitted",
  request_revision: "deliverable.revision_requested",
  approve: "deliverable.approved",
  reopen: "deliverable.reopened",
};

/**
 * Moves a deliverable along its flow and keeps the review history: who did what, with
 * which comment. The stage is locked first, so closing it and changing it never interleave.
 */
export async function actOnDeliverable(
  db: Db,
  opts: { current: LoadedDeliverable; input: DeliverableActionInput; ctx: RequestContext },
) {
  const { action, comment } = opts.input;
  const id = opts.current.deliverable.id;
  return db.transaction(async (tx) => {
    await lockOpenStage(tx, opts.current.stage.id);
    const [now] = await tx.select().from(deliverable).where(eq(deliverable.id, id)).for("update");
    if (!now) throw new AppError("deliverable_not_found", { id });
    // Someone acted between loading and now: the caller decided on a state that is gone.
    if (now.version !== opts.current.deliverable.version)
      throw new AppError("version_conflict", { currentVersion: now.version, current: now });
    const next = nextDeliverableStatus(now.status as DeliverableStatus, action);
    if (!next) throw new AppError("deliverable_transition_not_allowed", { status: now.status, action });
    if (action === "submit" && !now.fileId && !now.link) throw new AppError("deliverable_empty");

    const at = new Date();
    const [row] = await tx
      .update(deliverable)
      .set({
        status: next,
        version: sql`${deliverable.version} + 1`,
        ...(action === "submit" ? { submittedAt: at } : {}),
        ...(action === "approve" ? { approvedAt: at, approvedBy: opts.ctx.actor?.userId ?? null } : {}),
        // A reopened approval no longer counts; the dates say what holds now.
        ...(action === "reopen" ? { approvedAt: null, approvedBy: null } : {}),
      })
      .where(eq(deliverable.id, id))
      .returning();
    if (!row) throw new Error("deliverable update returned nothing");
    await tx
      .insert(deliverableReview)
      .values({ deliverableId: id, authorId: opts.ctx.actor?.userId ?? null, action, comment: comment || null });
    await recordAudit(tx, opts.ctx, {
      action: DELIVERABLE_AUDIT_ACTIONS[action],
      entityType: "deliverable",
      entityId: id,
      regionCode: opts.current.regionCode,
      before: { status: now.status },
      after: { status: row.status, ...(comment ? { comment } : {}) },
    });
    return row;
  });
}
