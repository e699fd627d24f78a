import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { opd } from "../../db/schema/index";

/** A region's OPD, active first, then by kind and name. */
export async function listOpds(db: Db, opts: { regionCode: string; includeInactive: boolean }) {
  return db
    .select()
    .from(opd)
    .where(and(eq(opd.regionCode, opts.regionCode), opts.includeInactive ? undefined : eq(opd.active, true)))
    .orderBy(desc(opd.active), asc(opd.kind), asc(opd.name));
}
