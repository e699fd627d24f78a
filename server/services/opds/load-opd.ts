import { and, eq, inArray, type SQL } from "drizzle-orm";
import { type Actor, visibleRegions } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { opd } from "../../db/schema/index";
import { AppError } from "../../errors";

/** Limits a query on a region-owned table to the regions the actor can see. */
export function regionScope(actor: Actor | null, column: typeof opd.regionCode): SQL | undefined {
  const regions = visibleRegions(actor);
  if (regions === "all") return undefined;
  return regions.length ? inArray(column, regions) : eq(column, "__none__");
}

/** One OPD, looked up inside the actor's regions: another region's OPD is simply not found. */
export async function loadOpd(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select()
    .from(opd)
    .where(and(eq(opd.id, id), regionScope(actor, opd.regionCode)));
  if (!row) throw new AppError("opd_not_found", { id });
  return row;
}

export type OpdRow = Awaited<ReturnType<typeof loadOpd>>;
