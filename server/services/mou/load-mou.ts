import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { candidate, cohort, mou, region, storedFile } from "../../db/schema/index";
import { AppError } from "../../errors";

export type MouView = Awaited<ReturnType<typeof loadMouViews>>[number];

/** The memoranda of candidates (null where none is recorded yet), with region and scan, in region-name order. */
export async function loadMouViews(db: Db, candidateIds: number[]) {
  if (!candidateIds.length) return [];
  return db
    .select({
      candidate: {
        id: candidate.id,
        cohortId: candidate.cohortId,
        regionCode: candidate.regionCode,
        status: candidate.status,
      },
      cohortStatus: cohort.status,
      region: { name: region.name, type: region.type },
      mou,
      scan: { id: storedFile.id, name: storedFile.originalName, size: storedFile.size },
    })
    .from(candidate)
    .innerJoin(cohort, eq(cohort.id, candidate.cohortId))
    .innerJoin(region, eq(region.code, candidate.regionCode))
    .leftJoin(mou, eq(mou.candidateId, candidate.id))
    .leftJoin(storedFile, eq(storedFile.id, mou.scanFileId))
    .where(inArray(candidate.id, candidateIds))
    .orderBy(asc(region.name));
}

/** One candidate's memorandum view. */
export async function loadMouView(db: Db, candidateId: number) {
  const [view] = await loadMouViews(db, [candidateId]);
  if (!view) throw new AppError("candidate_not_found", { id: candidateId });
  return view;
}

/** Phases in which memoranda are recorded or corrected: after the selection is published. */
export const MOU_PHASES: readonly string[] = ["mou", "mentoring", "completed"];
