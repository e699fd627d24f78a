import { type InstrumentDef, instrumentEditable } from "../../../domain/instruments/editor";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { readinessInstrument } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import { getInstrument, instrumentDefOf } from "./get-instrument";
import { replaceCriteria } from "./instrument-content";

/**
 * Rewrites an instrument's definition, checked against the revision read. One a cohort uses is
 * left as it is (409 `instrument_in_use`): its answers and scores point at its criteria, so
 * changes come as a new version.
 */
export async function updateInstrument(
  db: Db,
  opts: { id: number; revision: number; def: InstrumentDef; ctx: RequestContext },
) {
  try {
    return await db.transaction(async (tx) => {
      const before = await getInstrument(tx, opts.id);
      if (!instrumentEditable(before.status, before.cohortCount > 0))
        throw new AppError("instrument_in_use", { status: before.status, cohorts: before.cohortCount });
      const { code, version, name, scale } = opts.def;
      const row = await updateIfVersion(
        tx,
        readinessInstrument,
        { id: opts.id, version: opts.revision },
        { code, version, name, scaleMin: scale.min, scaleMax: scale.max },
        "revision",
      );
      await replaceCriteria(tx, opts.id, opts.def);
      await recordAudit(tx, opts.ctx, {
        action: "instrument.updated",
        entityType: "readiness_instrument",
        entityId: opts.id,
        before: instrumentDefOf(before),
        after: opts.def,
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError("instrument_code_taken", { code: opts.def.code, version: opts.def.version });
    throw err;
  }
}
