import { and, eq, inArray, sql } from "drizzle-orm";
import type { DeliverableUpdate } from "../../../domain/bimtek";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { deliverable } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type LoadedDeliverable, lockOpenStage } from "./load";

/** Statuses in which the region may still change what it hands in. */
export const EDITABLE_STATUSES = ["draft", "revision_requested"] as const;

/** Changes a deliverable's link or note if nobody changed it since `version`. */
export async function updateDeliverable(
  db: Db,
  opts: { current: LoadedDeliverable; changes: DeliverableUpdate; ctx: RequestContext },
) {
  const { version, ...given } = opts.changes;
  const fields = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as {
    link?: string | null;
    note?: string | null;
  };
  const id = opts.current.deliverable.id;
  return db.transaction(async (tx) => {
    await lockOpenStage(tx, opts.current.stage.id);
    const [row] = await tx
      .update(deliverable)
      .set({ ...fields, version: sql`${deliverable.version} + 1` })
      .where(
        and(eq(deliverable.id, id), eq(deliverable.version, version), inArray(deliverable.status, EDITABLE_STATUSES)),
      )
      .returning();
    if (!row) {
      const [now] = await tx.select().from(deliverable).where(eq(deliverable.id, id));
      if (now && now.version === version)
        throw new AppError("deliverable_transition_not_allowed", { status: now.status });
      throw new AppError("version_conflict", { currentVersion: now?.version, current: now });
    }
    await recordAudit(tx, opts.ctx, {
      action: "deliverable.updated",
      entityType: "deliverable",
      entityId: id,
      regionCode: opts.current.regionCode,
      before: { link: opts.current.deliverable.link, note: opts.current.deliverable.note },
      after: { link: row.link, note: row.note },
    });
    return row;
  });
}
