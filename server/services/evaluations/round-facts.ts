import { count, eq } from "drizzle-orm";
import type { RoundFacts } from "../../../domain/evaluation/round";
import { completeAssessors } from "../../../domain/evaluation/scoring";
import type { Db } from "../../db/client";
import { evaluation, evaluationAnswer, evaluationAssessor, evaluationScore } from "../../db/schema/index";
import type { RoundRow } from "./load";
import { roundScores } from "./round-scores";

/** What decides a round's phase changes (the letter comes with the publish request). */
export async function roundFacts(
  db: Db,
  round: RoundRow,
  resultLetter: RoundFacts["resultLetter"] = null,
): Promise<RoundFacts> {
  // One query after another: this runs inside the transition's transaction, on one connection.
  const participants = await db
    .select({ id: evaluation.id, regionCode: evaluation.regionCode })
    .from(evaluation)
    .where(eq(evaluation.roundId, round.id));
  const [assessors] = await db
    .select({ n: count() })
    .from(evaluationAssessor)
    .where(eq(evaluationAssessor.roundId, round.id));
  const [answers] = await db
    .select({ n: count() })
    .from(evaluationAnswer)
    .innerJoin(evaluation, eq(evaluation.id, evaluationAnswer.evaluationId))
    .where(eq(evaluation.roundId, round.id));
  const [scores] = await db
    .select({ n: count() })
    .from(evaluationScore)
    .innerJoin(evaluation, eq(evaluation.id, evaluationScore.evaluationId))
    .where(eq(evaluation.roundId, round.id));
  const byEvaluation = await roundScores(db, round.id);
  return {
    participants: participants.length,
    assessors: assessors?.n ?? 0,
    selfAssessmentAnswers: answers?.n ?? 0,
    scoresRecorded: scores?.n ?? 0,
    unscoredRegions: participants
      .filter((p) => completeAssessors(round.scheme, byEvaluation.get(p.id) ?? []).length === 0)
      .map((p) => p.regionCode)
      .sort(),
    resultLetter,
  };
}
