import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { enactedPlanContent } from "./enacted-plan-content";
import { findPublicRegion } from "./find-public-region";
import { planImplementation } from "./plan-implementation";
import { publishedEvaluation } from "./published-evaluation";
import { regionParticipation } from "./region-participation";
import { verifiedIndicators } from "./verified-indicators";

/**
 * Everything public about a region, in two waves of independent reads: the region, its
 * participation and latest published result; then, when it has an enacted plan, the plan's content,
 * implementation and verified indicators. Nothing here reads drafts, comments or people.
 */
export async function getPublicRegion(db: Db, code: string) {
  const [region, participation, evaluation] = await Promise.all([
    findPublicRegion(db, code),
    regionParticipation(db, code),
    publishedEvaluation(db, code),
  ]);
  if (!region) throw new AppError("region_not_found", { code });
  const { planId, frameworkId } = region;
  if (planId === null || frameworkId === null) return { region, participation, evaluation, plan: null };
  const [content, implementation, indicators] = await Promise.all([
    enactedPlanContent(db, { id: planId, frameworkId }),
    planImplementation(db, planId),
    verifiedIndicators(db, planId),
  ]);
  return { region, participation, evaluation, plan: { content, implementation, indicators } };
}

export type PublicRegionData = Awaited<ReturnType<typeof getPublicRegion>>;
