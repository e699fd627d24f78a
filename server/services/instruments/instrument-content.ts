import { count, eq } from "drizzle-orm";
import type { InstrumentDef } from "../../../domain/instruments/editor";
import type { Db } from "../../db/client";
import { cohort, readinessCriterion } from "../../db/schema/index";

/** Writes an instrument's criteria in the order given. */
export async function insertCriteria(tx: Db, instrumentId: number, def: InstrumentDef): Promise<void> {
  await tx.insert(readinessCriterion).values(
    def.criteria.map((c, i) => ({
      code: c.code,
      lens: c.lens,
      textId: c.textId,
      textEn: c.textEn,
      weight: c.weight,
      instrumentId,
      order: i + 1,
    })),
  );
}

/** Replaces an instrument's criteria; only for one no cohort uses (no answer or score points at them yet). */
export async function replaceCriteria(tx: Db, instrumentId: number, def: InstrumentDef): Promise<void> {
  await tx.delete(readinessCriterion).where(eq(readinessCriterion.instrumentId, instrumentId));
  await insertCriteria(tx, instrumentId, def);
}

/** How many cohorts assess their candidates with an instrument. */
export async function instrumentCohortCount(tx: Db, instrumentId: number): Promise<number> {
  const [c] = await tx.select({ n: count() }).from(cohort).where(eq(cohort.instrumentId, instrumentId));
  return c?.n ?? 0;
}
