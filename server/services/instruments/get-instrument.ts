import { asc, eq } from "drizzle-orm";
import { type InstrumentDef, LENS_LABELS } from "../../../domain/instruments/editor";
import type { InstrumentDetail } from "../../../domain/instruments/schemas";
import type { Db } from "../../db/client";
import { readAll } from "../../db/read-all";
import { readinessCriterion, readinessInstrument } from "../../db/schema/index";
import { AppError } from "../../errors";
import { instrumentCohortCount } from "./instrument-content";

/** A readiness instrument with its criteria in order, the names of their lenses, and how many cohorts use it. */
export async function getInstrument(db: Db, id: number): Promise<InstrumentDetail> {
  const [row] = await db.select().from(readinessInstrument).where(eq(readinessInstrument.id, id));
  if (!row) throw new AppError("instrument_not_found", { id });
  const [criteria, cohortCount] = await readAll(db, [
    db
      .select()
      .from(readinessCriterion)
      .where(eq(readinessCriterion.instrumentId, id))
      .orderBy(asc(readinessCriterion.order)),
    () => instrumentCohortCount(db, id),
  ]);
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    name: row.name,
    scale: { min: row.scaleMin, max: row.scaleMax },
    status: row.status,
    revision: row.revision,
    criterionCount: criteria.length,
    updatedAt: row.updatedAt.toISOString(),
    cohortCount,
    criteria: criteria.map(({ instrumentId: _i, ...c }) => ({
      ...c,
      lensNameId: LENS_LABELS[c.lens].id,
      lensNameEn: LENS_LABELS[c.lens].en,
    })),
  };
}

/** The definition of a stored instrument (no ids, orders or labels), e.g. to copy it. */
export function instrumentDefOf(i: InstrumentDetail): InstrumentDef {
  return {
    code: i.code,
    version: i.version,
    name: i.name,
    scale: { ...i.scale },
    criteria: i.criteria.map(({ code, lens, textId, textEn, weight }) => ({ code, lens, textId, textEn, weight })),
  };
}
