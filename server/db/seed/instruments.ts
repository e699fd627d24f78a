import { and, eq } from "drizzle-orm";
import type { InstrumentDef } from "../../../domain/instruments/gmsc-readiness";
import type { Db } from "../client";
import { readinessCriterion, readinessInstrument } from "../schema/index";

/** Inserts a readiness instrument version unless it exists; published versions are never rewritten. */
export async function insertInstrumentIfMissing(db: Db, def: InstrumentDef): Promise<boolean> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: readinessInstrument.id })
      .from(readinessInstrument)
      .where(and(eq(readinessInstrument.code, def.code), eq(readinessInstrument.version, def.version)));
    if (existing.length) return false;
    const [row] = await tx
      .insert(readinessInstrument)
      .values({
        code: def.code,
        version: def.version,
        name: def.name,
        scaleMin: def.scale.min,
        scaleMax: def.scale.max,
      })
      .returning({ id: readinessInstrument.id });
    if (!row) throw new Error("instrument insert returned nothing");
    await tx
      .insert(readinessCriterion)
      .values(def.criteria.map((c, i) => ({ ...c, instrumentId: row.id, order: i + 1 })));
    return true;
  });
}
