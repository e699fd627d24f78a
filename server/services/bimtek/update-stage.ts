import { eq, sql } from "drizzle-orm";
import { type StageUpdate, stageDateErrors } from "../../../domain/bimtek";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { bimtekStage } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type LoadedStage, lockOpenStage } from "./load";

type StageRow = typeof bimtekStage.$inferSelect;
const pick = (s: StageRow) => ({
  plannedStart: s.plannedStart,
  plannedEnd: s.plannedEnd,
  actualStart: s.actualStart,
  actualEnd: s.actualEnd,
  mode: s.mode,
  venue: s.venue,
});

/** Changes a stage's schedule, mode or venue if nobody changed it since `version`; a closed stage stays as it was. */
export async function updateStage(db: Db, opts: { current: LoadedStage; changes: StageUpdate; ctx: RequestContext }) {
  const { version, ...given } = opts.changes;
  const fields = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<
    ReturnType<typeof pick>
  >;
  return db.transaction(async (tx) => {
    const locked = await lockOpenStage(tx, opts.current.stage.id);
    if (locked.version !== version)
      throw new AppError("version_conflict", { currentVersion: locked.version, current: locked });
    // The body alone may be consistent and still end before a start kept from earlier.
    const wrong = stageDateErrors({ ...pick(locked), ...fields });
    if (wrong.length)
      throw new AppError("validation_failed", {
        issues: wrong.map((f) => ({ path: `body.${f}`, message: "Tanggal akhir sebelum tanggal mulai" })),
      });
    const [row] = await tx
      .update(bimtekStage)
      .set({ ...fields, version: sql`${bimtekStage.version} + 1` })
      .where(eq(bimtekStage.id, locked.id))
      .returning();
    if (!row) throw new Error("stage update returned nothing");
    await recordAudit(tx, opts.ctx, {
      action: "stage.updated",
      entityType: "bimtek_stage",
      entityId: row.id,
      regionCode: opts.current.regionCode,
      before: pick(locked),
      after: pick(row),
    });
    return row;
  });
}
