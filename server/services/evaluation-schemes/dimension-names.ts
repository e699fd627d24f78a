import { asc } from "drizzle-orm";
import type { Db } from "../../db/client";
import { evaluationScheme } from "../../db/schema/index";

/** The smart-city dimensions the stored schemes evaluate, oldest scheme first, each code once with its first name. */
export async function schemeDimensionNames(db: Db): Promise<Array<{ code: string; nameId: string }>> {
  const rows = await db
    .select({ definition: evaluationScheme.definition })
    .from(evaluationScheme)
    .orderBy(asc(evaluationScheme.year), asc(evaluationScheme.id));
  const named = new Map<string, string>();
  for (const r of rows)
    for (const d of r.definition.smartDimensions) if (!named.has(d.code)) named.set(d.code, d.nameId);
  return [...named].map(([code, nameId]) => ({ code, nameId }));
}
