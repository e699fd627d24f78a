import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { readinessCriterion, readinessInstrument } from "../../db/schema/index";
import { AppError } from "../../errors";

/** An instrument with its criteria in order. */
export async function loadInstrument(db: Db, instrumentId: number) {
  const [instrument] = await db.select().from(readinessInstrument).where(eq(readinessInstrument.id, instrumentId));
  if (!instrument) throw new AppError("not_found", { instrumentId });
  const criteria = await db
    .select()
    .from(readinessCriterion)
    .where(eq(readinessCriterion.instrumentId, instrumentId))
    .orderBy(asc(readinessCriterion.order));
  return { instrument, criteria, scale: { min: instrument.scaleMin, max: instrument.scaleMax } };
}

export type LoadedInstrument = Awaited<ReturnType<typeof loadInstrument>>;
