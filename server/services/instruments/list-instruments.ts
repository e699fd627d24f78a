import { count, desc, eq, ne, sql } from "drizzle-orm";
import { type PageQuery, pageOffset } from "../../../domain/pagination";
import type { Db } from "../../db/client";
import { readinessCriterion, readinessInstrument } from "../../db/schema/index";

/** Readiness instruments, newest first, with their criterion counts; drafts only when asked for (the program office). */
export async function listInstruments(db: Db, query: PageQuery, opts: { drafts: boolean }) {
  const visible = opts.drafts ? undefined : ne(readinessInstrument.status, "draft");
  const criterionCount = db
    .select({ n: count() })
    .from(readinessCriterion)
    .where(eq(readinessCriterion.instrumentId, readinessInstrument.id));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: readinessInstrument.id,
        code: readinessInstrument.code,
        version: readinessInstrument.version,
        name: readinessInstrument.name,
        scaleMin: readinessInstrument.scaleMin,
        scaleMax: readinessInstrument.scaleMax,
        status: readinessInstrument.status,
        revision: readinessInstrument.revision,
        updatedAt: readinessInstrument.updatedAt,
        criterionCount: sql<number>`(${criterionCount})::int`,
      })
      .from(readinessInstrument)
      .where(visible)
      .orderBy(desc(readinessInstrument.id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(readinessInstrument).where(visible),
  ]);
  return {
    rows: rows.map(({ scaleMin, scaleMax, updatedAt, ...r }) => ({
      ...r,
      scale: { min: scaleMin, max: scaleMax },
      updatedAt: updatedAt.toISOString(),
    })),
    total: total?.n ?? 0,
  };
}
