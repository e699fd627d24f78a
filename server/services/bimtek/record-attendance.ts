import { and, eq, inArray } from "drizzle-orm";
import type { AttendanceInput } from "../../../domain/bimtek";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { bimtekAttendance, opd } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type LoadedStage, lockOpenStage } from "./load";

const asRecord = (rows: Array<{ opdId: number; participants: number; attended: boolean }>) =>
  Object.fromEntries(
    [...rows].sort((a, b) => a.opdId - b.opdId).map((r) => [`opd${r.opdId}`, [r.participants, r.attended]]),
  );

/** Replaces a stage's attendance; every OPD must belong to the stage's region. */
export async function recordAttendance(
  db: Db,
  opts: { stage: LoadedStage; rows: AttendanceInput; ctx: RequestContext },
) {
  const ids = opts.rows.map((r) => r.opdId);
  return db.transaction(async (tx) => {
    await lockOpenStage(tx, opts.stage.stage.id);
    const own = ids.length
      ? await tx
          .select({ id: opd.id })
          .from(opd)
          .where(and(eq(opd.regionCode, opts.stage.regionCode), inArray(opd.id, ids)))
      : [];
    const known = new Set(own.map((o) => o.id));
    const issues = opts.rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => !known.has(r.opdId))
      .map(({ i }) => ({ path: `body.${i}.opdId`, message: "OPD ini bukan perangkat daerah wilayah ini" }));
    if (issues.length) throw new AppError("validation_failed", { issues });

    const before = await tx.select().from(bimtekAttendance).where(eq(bimtekAttendance.stageId, opts.stage.stage.id));
    await tx.delete(bimtekAttendance).where(eq(bimtekAttendance.stageId, opts.stage.stage.id));
    if (opts.rows.length)
      await tx.insert(bimtekAttendance).values(opts.rows.map((r) => ({ ...r, stageId: opts.stage.stage.id })));
    await recordAudit(tx, opts.ctx, {
      action: "stage.attendance_recorded",
      entityType: "bimtek_stage",
      entityId: opts.stage.stage.id,
      regionCode: opts.stage.regionCode,
      before: asRecord(before),
      after: asRecord(opts.rows),
    });
  });
}
