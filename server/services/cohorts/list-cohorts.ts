import { count, desc, inArray, sql } from "drizzle-orm";
import { type Actor, visibleRegions } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { candidate, cohort } from "../../db/schema/index";
import { candidateScope } from "./load";

/** Cohorts the actor may see, newest first. */
export async function listCohorts(db: Db, actor: Actor | null) {
  const all = visibleRegions(actor) === "all";
  const visibleIds = all
    ? undefined
    : (await db.selectDistinct({ id: candidate.cohortId }).from(candidate).where(candidateScope(actor))).map(
        (r) => r.id,
      );
  if (visibleIds && visibleIds.length === 0) return [];
  return db
    .select()
    .from(cohort)
    .where(visibleIds ? inArray(cohort.id, visibleIds) : undefined)
    .orderBy(desc(cohort.year), desc(cohort.id));
}

/** Candidate counts per cohort: not withdrawn, selected, withdrawn. */
export async function cohortCounts(db: Db, ids: number[]) {
  if (ids.length === 0) return new Map<number, { candidates: number; selected: number; withdrawn: number }>();
  const rows = await db
    .select({
      cohortId: candidate.cohortId,
      candidates: sql<number>`count(*) filter (where ${candidate.status} <> 'withdrawn')::int`,
      selected: sql<number>`count(*) filter (where ${candidate.status} = 'selected')::int`,
      withdrawn: sql<number>`count(*) filter (where ${candidate.status} = 'withdrawn')::int`,
      total: count(),
    })
    .from(candidate)
    .where(inArray(candidate.cohortId, ids))
    .groupBy(candidate.cohortId);
  return new Map(
    rows.map((r) => [r.cohortId, { candidates: r.candidates, selected: r.selected, withdrawn: r.withdrawn }]),
  );
}
