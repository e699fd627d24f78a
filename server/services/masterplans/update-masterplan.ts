import { and, eq, sql } from "drizzle-orm";
import type { MasterplanUpdate } from "../../../domain/masterplan-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { masterplan } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { PlanRow } from "./load";

const pick = (p: PlanRow) => ({ title: p.title, periodStart: p.periodStart, periodEnd: p.periodEnd });

/** Changes a draft plan's title or period if nobody changed it since `version`. */
export async function updateMasterplan(
  db: Db,
  opts: { current: PlanRow; changes: MasterplanUpdate; ctx: RequestContext },
) {
  const { version, ...fields } = opts.changes;
  const merged = { ...pick(opts.current), ...fields };
  if (merged.periodEnd < merged.periodStart)
    throw new AppError("validation_failed", {
      issues: [{ path: "body.periodEnd", message: "Tahun akhir periode tidak boleh sebelum tahun awal" }],
    });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(masterplan)
      .set({ ...fields, version: sql`${masterplan.version} + 1`, updatedAt: new Date() })
      .where(and(eq(masterplan.id, opts.current.id), eq(masterplan.version, version), eq(masterplan.status, "draft")))
      .returning();
    if (!row) {
      const [now] = await tx.select().from(masterplan).where(eq(masterplan.id, opts.current.id));
      if (now && now.status !== "draft") throw new AppError("masterplan_locked", { status: now.status });
      throw new AppError("version_conflict", { currentVersion: now?.version, current: now });
    }
    await recordAudit(tx, opts.ctx, {
      action: "masterplan.updated",
      entityType: "masterplan",
      entityId: row.id,
      regionCode: row.regionCode,
      links: { masterplanId: row.id },
      before: pick(opts.current),
      after: pick(row),
    });
    return row;
  });
}
