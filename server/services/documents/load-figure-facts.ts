import { and, desc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { type Criterion, candidateScore, type Lens } from "../../../domain/assessment";
import type { Db } from "../../db/client";
import { assessmentScore, candidate, cohort, evaluationRound } from "../../db/schema/index";
import { loadInstrument } from "../assessment/criteria";
import { listResults } from "../evaluations/list-results";
import type { PlanRow } from "../masterplans/load";

/** The region's readiness as the selection scored it: 0–100 overall and per lens. */
export type ReadinessFacts = {
  cohortName: string;
  cohortYear: number;
  /** Mean of the complete assessors' weighted scores, 0–100. */
  mean: number;
  byLens: Partial<Record<Lens, number>>;
  assessors: number;
};

/** The region's latest published evaluation result, per smart-city dimension, on the round's scale. */
export type EvaluationFacts = {
  roundName: string;
  year: number;
  tahap: "I" | "II";
  index: number | null;
  scale: { min: number; max: number };
  dimensions: Array<{ code: string; nameId: string; score: number | null }>;
};

/** What the figures print beyond the plan itself; null where the region has nothing to show. */
export type FigureFacts = { readiness: ReadinessFacts | null; evaluation: EvaluationFacts | null };

/**
 * The readiness of the region from its latest cohort whose selection was published (not
 * withdrawn), scored by the same rule as the ranking (`candidateScore`); null without a
 * complete assessor. Four queries.
 */
async function loadReadiness(db: Db, regionCode: string): Promise<ReadinessFacts | null> {
  const [row] = await db
    .select({ id: candidate.id, cohortName: cohort.name, cohortYear: cohort.year, instrumentId: cohort.instrumentId })
    .from(candidate)
    .innerJoin(cohort, eq(cohort.id, candidate.cohortId))
    .where(
      and(
        eq(candidate.regionCode, regionCode),
        ne(candidate.status, "withdrawn"),
        isNotNull(cohort.selectionPublishedAt),
      ),
    )
    .orderBy(desc(cohort.year), desc(cohort.id))
    .limit(1);
  if (!row) return null;
  const [{ criteria, scale }, scores] = await Promise.all([
    loadInstrument(db, row.instrumentId),
    db
      .select({
        criterionId: assessmentScore.criterionId,
        assessorId: assessmentScore.assessorId,
        score: assessmentScore.score,
      })
      .from(assessmentScore)
      .where(inArray(assessmentScore.candidateId, [row.id])),
  ]);
  const defs: Criterion[] = criteria.map((k) => ({ id: k.id, lens: k.lens, weight: k.weight }));
  const s = candidateScore(defs, scores, scale);
  if (s.mean === null || s.assessors === 0) return null;
  return {
    cohortName: row.cohortName,
    cohortYear: row.cohortYear,
    mean: s.mean,
    byLens: s.byLens,
    assessors: s.assessors,
  };
}

/**
 * The region's newest result among PUBLISHED rounds only (the national table's filter, via
 * `listResults`), named after the round's own copy of its scheme. Three queries.
 */
async function loadEvaluation(db: Db, regionCode: string): Promise<EvaluationFacts | null> {
  const { rows } = await listResults(db, { region: regionCode, sort: "rank", page: 1, pageSize: 1 });
  const result = rows[0];
  if (!result) return null;
  const [round] = await db
    .select({ name: evaluationRound.name, scheme: evaluationRound.scheme, status: evaluationRound.status })
    .from(evaluationRound)
    .where(eq(evaluationRound.id, result.roundId));
  if (round?.status !== "published") return null;
  return {
    roundName: round.name,
    year: result.year,
    tahap: result.tahap,
    index: result.index,
    scale: { min: round.scheme.scale.min, max: round.scheme.scale.max },
    dimensions: round.scheme.smartDimensions.map((d) => ({
      code: d.code,
      nameId: d.nameId,
      score: result.dimensions[d.code] ?? null,
    })),
  };
}

/** Readiness and evaluation facts of the plan's region for the book's figures, in seven queries. */
export async function loadFigureFacts(db: Db, plan: PlanRow): Promise<FigureFacts> {
  const [readiness, evaluation] = await Promise.all([
    loadReadiness(db, plan.regionCode),
    loadEvaluation(db, plan.regionCode),
  ]);
  return { readiness, evaluation };
}
