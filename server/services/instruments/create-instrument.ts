import type { InstrumentCreate, InstrumentDef } from "../../../domain/instruments/editor";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { readinessInstrument } from "../../db/schema/index";
import { AppError } from "../../errors";
import { getInstrument, instrumentDefOf } from "./get-instrument";
import { insertCriteria } from "./instrument-content";

/** A new readiness instrument in draft: the whole definition, or a copy of another under a new code, version and name. */
export async function createInstrument(db: Db, opts: { input: InstrumentCreate | InstrumentDef; ctx: RequestContext }) {
  const { input } = opts;
  try {
    return await db.transaction(async (tx) => {
      const copyOf = "copyOf" in input ? input.copyOf : undefined;
      const def: InstrumentDef =
        copyOf !== undefined
          ? {
              ...instrumentDefOf(await getInstrument(tx, copyOf)),
              code: input.code,
              version: input.version,
              name: input.name,
            }
          : (input as InstrumentDef);
      const [row] = await tx
        .insert(readinessInstrument)
        .values({
          code: def.code,
          version: def.version,
          name: def.name,
          scaleMin: def.scale.min,
          scaleMax: def.scale.max,
          status: "draft",
        })
        .returning();
      if (!row) throw new Error("instrument insert returned nothing");
      await insertCriteria(tx, row.id, def);
      await recordAudit(tx, opts.ctx, {
        action: copyOf !== undefined ? "instrument.copied" : "instrument.created",
        entityType: "readiness_instrument",
        entityId: row.id,
        after: { ...def, status: row.status, copyOf: copyOf ?? null },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError("instrument_code_taken", { code: input.code, version: input.version });
    throw err;
  }
}
