import { and, eq, inArray, ne } from "drizzle-orm";
import { improvement, type PastResult, previousResult, rankResults } from "../../../domain/evaluation/ranking";
import { evaluationScores } from "../../../domain/evaluation/scoring";
import type { Db } from "../../db/client";
import { evaluation, evaluationResult, evaluationRound, region } from "../../db/schema/index";
import type { RoundRow } from "./load";
import { roundScores } from "./round-scores";

export type ComputedResult = typeof evaluationResult.$inferInsert & {
  evaluationId: number;
  regionCode: string;
  provinceCode: string;
};

/**
 * Every participant's result as it would be published now: scores from the assigned
 * assessors' complete sheets, the index, improvement against the region's previous
 * published result and national and provincial ranks (formulas in domain/evaluation).
 */
export async function computeRoundResults(db: Db, round: RoundRow): Promise<ComputedResult[]> {
  const participants = await db
    .select({ id: evaluation.id, regionCode: evaluation.regionCode, provinceCode: region.provinceCode })
    .from(evaluation)
    .innerJoin(region, eq(region.code, evaluation.regionCode))
    .where(eq(evaluation.roundId, round.id));
  if (!participants.length) return [];
  // Sequential: publication runs this inside its transaction, on one connection.
  const scores = await roundScores(db, round.id);
  const pastRows = await db
    .select({
      regionCode: evaluationResult.regionCode,
      roundId: evaluationRound.id,
      year: evaluationRound.year,
      tahap: evaluationRound.tahap,
      index: evaluationResult.index,
    })
    .from(evaluationResult)
    .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationResult.roundId))
    .where(
      and(
        eq(evaluationRound.status, "published"),
        ne(evaluationRound.id, round.id),
        inArray(
          evaluationResult.regionCode,
          participants.map((p) => p.regionCode),
        ),
      ),
    );
  const history = new Map<string, PastResult[]>();
  for (const r of pastRows) {
    const list = history.get(r.regionCode) ?? [];
    list.push({ roundId: r.roundId, year: r.year, tahap: r.tahap, index: r.index === null ? null : Number(r.index) });
    history.set(r.regionCode, list);
  }
  const computed = participants.map((p) => ({ p, s: evaluationScores(round.scheme, scores.get(p.id) ?? []) }));
  const ranks = new Map(
    rankResults(
      computed.map(({ p, s }) => ({ regionCode: p.regionCode, provinceCode: p.provinceCode, index: s.index })),
    ).map((r) => [r.regionCode, r]),
  );
  return computed.map(({ p, s }) => {
    const previous = previousResult(round, history.get(p.regionCode) ?? []);
    const change = improvement(s.index, previous?.index ?? null);
    const rank = ranks.get(p.regionCode);
    return {
      evaluationId: p.id,
      roundId: round.id,
      regionCode: p.regionCode,
      provinceCode: p.provinceCode,
      index: s.index,
      results: s.results,
      dimensions: s.dimensions,
      items: s.items,
      assessors: s.assessors,
      previousRoundId: previous?.roundId ?? null,
      previousIndex: previous?.index ?? null,
      improvement: change.absolute,
      improvementPercent: change.relative,
      nationalRank: rank?.nationalRank ?? null,
      provincialRank: rank?.provincialRank ?? null,
    };
  });
}
