import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { candidate, region } from "../../db/schema/index";
import { candidateScope } from "./load";

const province = alias(region, "province");

/** A cohort's candidates the actor may see, by Kemendagri code. */
export async function listCandidates(db: Db, opts: { cohortId: number; actor: Actor | null; candidateId?: number }) {
  return db
    .select({
      candidate,
      regionName: region.name,
      regionType: region.type,
      provinceName: province.name,
    })
    .from(candidate)
    .innerJoin(region, eq(region.code, candidate.regionCode))
    .innerJoin(province, eq(province.code, region.provinceCode))
    .where(
      and(
        eq(candidate.cohortId, opts.cohortId),
        opts.candidateId === undefined ? undefined : eq(candidate.id, opts.candidateId),
        candidateScope(opts.actor),
      ),
    )
    .orderBy(asc(candidate.regionCode));
}

export type CandidateListRow = Awaited<ReturnType<typeof listCandidates>>[number];
