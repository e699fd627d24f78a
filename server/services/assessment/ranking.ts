import { and, eq, inArray, ne } from "drizzle-orm";
import { type Criterion, candidateScore, type Ranked, rankCandidates } from "../../../domain/assessment";
import type { Db } from "../../db/client";
import { assessmentScore, candidate, region } from "../../db/schema/index";
import type { CohortRow } from "../cohorts/load";
import { loadInstrument } from "./criteria";

/** Every candidate (not withdrawn) of a cohort, scored and ranked by the rules in domain/. */
export async function computeRanking(db: Db, c: CohortRow) {
  const { criteria, scale } = await loadInstrument(db, c.instrumentId);
  const candidates = await db
    .select({
      id: candidate.id,
      regionCode: candidate.regionCode,
      status: candidate.status,
      invitedAt: candidate.invitedAt,
      regionName: region.name,
    })
    .from(candidate)
    .innerJoin(region, eq(region.code, candidate.regionCode))
    .where(and(eq(candidate.cohortId, c.id), ne(candidate.status, "withdrawn")));
  const scores = candidates.length
    ? await db
        .select({
          candidateId: assessmentScore.candidateId,
          criterionId: assessmentScore.criterionId,
          assessorId: assessmentScore.assessorId,
          score: assessmentScore.score,
        })
        .from(assessmentScore)
        .where(
          inArray(
            assessmentScore.candidateId,
            candidates.map((x) => x.id),
          ),
        )
    : [];
  const defs: Criterion[] = criteria.map((k) => ({ id: k.id, lens: k.lens, weight: k.weight }));
  const byCandidate = new Map<number, typeof scores>();
  for (const s of scores) byCandidate.set(s.candidateId, [...(byCandidate.get(s.candidateId) ?? []), s]);
  const ranked = rankCandidates(
    candidates.map((x) => ({
      candidateId: x.id,
      regionCode: x.regionCode,
      invitedAt: x.invitedAt,
      score: candidateScore(defs, byCandidate.get(x.id) ?? [], scale),
    })),
  );
  const info = new Map(candidates.map((x) => [x.id, x]));
  return ranked.map((r: Ranked) => {
    const x = info.get(r.candidateId);
    return {
      ...r,
      regionName: x?.regionName ?? r.regionCode,
      status: x?.status ?? "invited",
      withinQuota: r.rank <= c.quota,
    };
  });
}

export type RankingRow = Awaited<ReturnType<typeof computeRanking>>[number];
