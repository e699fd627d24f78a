import { eq, sql } from "drizzle-orm";
import { stageGate } from "../../../domain/bimtek";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { bimtekStage } from "../../db/schema/index";
import { AppError } from "../../errors";
import { loadStageView, stageFacts } from "./list-stages";
import type { LoadedStage } from "./load";

/**
 * Closes a stage when the gate allows it: every required deliverable approved and the
 * previous stage closed. Otherwise 409 with the gate's code and the pending deliverables.
 */
export async function closeStage(db: Db, opts: { stage: LoadedStage; ctx: RequestContext }) {
  return db.transaction(async (tx) => {
    // Deliverable changes take the same lock, so the facts below cannot move under us.
    await tx
      .select({ id: bimtekStage.id })
      .from(bimtekStage)
      .where(eq(bimtekStage.id, opts.stage.stage.id))
      .for("update");
    const found = await loadStageView(tx, opts.stage.stage);
    if (!found) throw new AppError("stage_not_found", { id: opts.stage.stage.id });
    const gate = stageGate(stageFacts(found.view), found.previous ? stageFacts(found.previous) : undefined);
    if (!gate.ok) throw new AppError(gate.code, { pending: gate.pending });
    const [row] = await tx
      .update(bimtekStage)
      .set({ closedAt: new Date(), closedBy: opts.ctx.actor?.userId ?? null, version: sql`${bimtekStage.version} + 1` })
      .where(eq(bimtekStage.id, opts.stage.stage.id))
      .returning();
    if (!row) throw new Error("stage close returned nothing");
    await recordAudit(tx, opts.ctx, {
      action: "stage.closed",
      entityType: "bimtek_stage",
      entityId: row.id,
      regionCode: opts.stage.regionCode,
      before: { closedAt: null },
      after: { closedAt: row.closedAt?.toISOString() ?? null },
    });
    return row;
  });
}
