import { and, eq, inArray } from "drizzle-orm";
import type { ItemScore } from "../../../domain/evaluation/scoring";
import type { Db } from "../../db/client";
import { evaluation, evaluationAssessor, evaluationScore } from "../../db/schema/index";

/**
 * Item scores of a round's (or one evaluation's) regions, by evaluation id. Only assessors
 * currently assigned to the round count.
 */
export async function roundScores(
  db: Db,
  roundId: number,
  evaluationIds?: number[],
): Promise<Map<number, ItemScore[]>> {
  const rows = await db
    .select({
      evaluationId: evaluationScore.evaluationId,
      itemCode: evaluationScore.itemCode,
      assessorId: evaluationScore.assessorId,
      score: evaluationScore.score,
    })
    .from(evaluationScore)
    .innerJoin(evaluation, eq(evaluation.id, evaluationScore.evaluationId))
    .innerJoin(
      evaluationAssessor,
      and(
        eq(evaluationAssessor.roundId, evaluation.roundId),
        eq(evaluationAssessor.userId, evaluationScore.assessorId),
      ),
    )
    .where(and(eq(evaluation.roundId, roundId), evaluationIds ? inArray(evaluation.id, evaluationIds) : undefined));
  const out = new Map<number, ItemScore[]>();
  for (const r of rows) {
    const list = out.get(r.evaluationId) ?? [];
    list.push({ itemCode: r.itemCode, assessorId: r.assessorId, score: Number(r.score) });
    out.set(r.evaluationId, list);
  }
  return out;
}
