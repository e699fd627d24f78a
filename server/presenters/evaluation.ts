import type { EvaluationOut, RoundOut } from "../../domain/evaluation/api";
import { type RoundFacts, roundMoves } from "../../domain/evaluation/round";
import { type SchemeDef, schemeKey } from "../../domain/evaluation/schemes";
import type { Actor } from "../../domain/roles";
import { evaluationPolicy, type RoundRes, roundPolicy } from "../policies/evaluation";
import type { EvaluationProgress } from "../services/evaluations/list-evaluations";
import type { RoundCounts } from "../services/evaluations/list-rounds";
import type { EvaluationRow, RoundRow } from "../services/evaluations/load";

/** A scheme with its key, as the API shows it. */
export const presentScheme = (s: SchemeDef) => ({ ...s, key: schemeKey(s) });

/**
 * A round; `moves` (each next phase with what blocks it) only for the admin and only when
 * the facts were gathered (a single round, not lists).
 */
export function presentRound(
  actor: Actor,
  r: RoundRow,
  res: RoundRes,
  counts: RoundCounts,
  facts?: RoundFacts,
): RoundOut {
  const manage = roundPolicy.can(actor, "manage", res);
  return {
    id: r.id,
    year: r.year,
    tahap: r.tahap,
    name: r.name,
    schemeKey: r.schemeKey,
    schemeName: r.scheme.name,
    weights: r.scheme.resultDimensions.map((d) => ({ code: d.code, weight: d.weight })),
    status: r.status,
    cohortId: r.cohortId,
    resultLetterNumber: r.resultLetterNumber,
    resultLetterDate: r.resultLetterDate,
    selfAssessmentEndsOn: r.selfAssessmentEndsOn,
    scoringEndsOn: r.scoringEndsOn,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    version: r.version,
    counts,
    moves: manage && facts ? roundMoves(r.status, facts) : [],
    can: { manage, score: roundPolicy.can(actor, "score", res) },
  };
}

export type EvaluationListRow = {
  evaluation: EvaluationRow;
  regionName: string;
  provinceCode: string;
  provinceName: string;
  progress: EvaluationProgress;
};

/** A region's evaluation in a round, with its progress and the caller's abilities. */
export function presentEvaluation(actor: Actor, row: EvaluationListRow, round: RoundRes): EvaluationOut {
  const res = { ...round, regionCode: row.evaluation.regionCode };
  const all = evaluationPolicy.abilities(actor, res);
  return {
    id: row.evaluation.id,
    roundId: row.evaluation.roundId,
    regionCode: row.evaluation.regionCode,
    regionName: row.regionName,
    provinceCode: row.provinceCode,
    provinceName: row.provinceName,
    progress: row.progress,
    version: row.evaluation.version,
    can: { read: all.read, selfAssess: all.selfAssess, score: all.score, readScores: all.readScores },
  };
}
