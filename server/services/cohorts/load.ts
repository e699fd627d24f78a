import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { type Actor, assessedCohorts, visibleRegions } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { candidate, cohort } from "../../db/schema/index";
import { AppError } from "../../errors";

/** Which candidates the actor can see: all for the admin, a cohort's for its assessors, their regions' otherwise. */
export function candidateScope(actor: Actor | null): SQL | undefined {
  const regions = visibleRegions(actor);
  if (regions === "all") return undefined;
  const conds: SQL[] = [];
  if (regions.length) conds.push(inArray(candidate.regionCode, regions));
  const cohorts = assessedCohorts(actor);
  if (cohorts.length) conds.push(inArray(candidate.cohortId, cohorts));
  return conds.length ? or(...conds) : eq(candidate.id, -1);
}

/** A cohort the actor may see (admin, its assessors, or a region that is its candidate); else 404. */
export async function loadCohort(db: Db, id: number, actor: Actor | null) {
  const [row] = await db.select().from(cohort).where(eq(cohort.id, id));
  if (!row) throw new AppError("cohort_not_found", { id });
  if (visibleRegions(actor) === "all" || assessedCohorts(actor).includes(id)) return row;
  const [mine] = await db
    .select({ id: candidate.id })
    .from(candidate)
    .where(and(eq(candidate.cohortId, id), candidateScope(actor)))
    .limit(1);
  if (!mine) throw new AppError("cohort_not_found", { id });
  return row;
}

export type CohortRow = typeof cohort.$inferSelect;

/** A candidate with its cohort, loaded inside the actor's scope; another region's is 404. */
export async function loadCandidate(db: Db, id: number, actor: Actor | null) {
  const [row] = await db
    .select({ candidate, cohort })
    .from(candidate)
    .innerJoin(cohort, eq(cohort.id, candidate.cohortId))
    .where(and(eq(candidate.id, id), candidateScope(actor)));
  if (!row) throw new AppError("candidate_not_found", { id });
  return {
    ...row,
    /** The shape the candidate policy reads. */
    res: {
      cohortId: row.cohort.id,
      regionCode: row.candidate.regionCode,
      cohortStatus: row.cohort.status,
      status: row.candidate.status,
    },
  };
}

export type LoadedCandidate = Awaited<ReturnType<typeof loadCandidate>>;
