import { and, eq, inArray } from "drizzle-orm";
import { type Actor, assessedCohorts, inRegion, isNationalAdmin } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { candidate, storedFile } from "../../db/schema/index";
import { AppError } from "../../errors";

/**
 * A stored file the actor may download: the admin any; a region's members and mentors
 * that region's; a cohort's assessors the files of regions that are its candidates.
 * Anything else is 404, as if the file did not exist.
 */
export async function loadReadableFile(db: Db, id: string, actor: Actor) {
  const [row] = await db.select().from(storedFile).where(eq(storedFile.id, id));
  if (!row) throw new AppError("file_not_found", { id });
  if (isNationalAdmin(actor)) return row;
  const region = row.regionCode;
  if (region && inRegion(actor, region)) return row;
  const cohorts = assessedCohorts(actor);
  if (region && cohorts.length) {
    const [hit] = await db
      .select({ id: candidate.id })
      .from(candidate)
      .where(and(eq(candidate.regionCode, region), inArray(candidate.cohortId, cohorts)))
      .limit(1);
    if (hit) return row;
  }
  throw new AppError("file_not_found", { id });
}
