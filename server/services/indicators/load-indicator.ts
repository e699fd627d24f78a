import { eq } from "drizzle-orm";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { indicator } from "../../db/schema/index";
import { AppError } from "../../errors";
import { indicatorPolicy } from "../../policies/monitoring";

/** An indicator the actor may read: national ones for all, a region's own for that region's readers. */
export async function loadIndicator(db: Db, id: number, actor: Actor | null) {
  const [row] = await db.select().from(indicator).where(eq(indicator.id, id));
  if (!row) throw new AppError("indicator_not_found", { id });
  if (row.regionCode !== null && !indicatorPolicy.can(actor, "read", { regionCode: row.regionCode }))
    throw new AppError("indicator_not_found", { id });
  return row;
}
