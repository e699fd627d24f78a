import { and, asc, count, countDistinct, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { completeAssessors } from "../../../domain/evaluation/scoring";
import { pageOffset } from "../../../domain/pagination";
import { type Actor, visibleRegions } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { evaluation, evaluationAnswer, evaluationEvidence, region } from "../../db/schema/index";
import type { RoundRow } from "./load";
import { roundScores } from "./round-scores";

const province = alias(region, "province");

export type EvaluationProgress = {
  items: number;
  selfAssessed: number;
  evidence: number;
  assessorsComplete: number;
  /** Items the caller has scored as an assessor of the round (0 for anyone else). */
  scoredByMe: number;
};

/**
 * A round's participants the actor may see — all of them for the admin and the round's
 * assessors, otherwise only the actor's own regions — with their progress, by code.
 */
export async function listEvaluations(
  db: Db,
  opts: {
    round: RoundRow;
    actor: Actor;
    seesAll: boolean;
    province?: string;
    page: number;
    pageSize: number;
    evaluationId?: number;
  },
) {
  const conds: Array<SQL | undefined> = [
    eq(evaluation.roundId, opts.round.id),
    opts.province ? eq(region.provinceCode, opts.province) : undefined,
    opts.evaluationId ? eq(evaluation.id, opts.evaluationId) : undefined,
  ];
  if (!opts.seesAll) {
    const regions = visibleRegions(opts.actor);
    if (regions !== "all") conds.push(regions.length ? inArray(evaluation.regionCode, regions) : eq(evaluation.id, -1));
  }
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    db
      .select({ evaluation, regionName: region.name, provinceCode: region.provinceCode, provinceName: province.name })
      .from(evaluation)
      .innerJoin(region, eq(region.code, evaluation.regionCode))
      .innerJoin(province, eq(province.code, region.provinceCode))
      .where(where)
      .orderBy(asc(evaluation.regionCode))
      .limit(opts.pageSize)
      .offset(pageOffset(opts)),
    db.select({ n: count() }).from(evaluation).innerJoin(region, eq(region.code, evaluation.regionCode)).where(where),
  ]);
  const progress = await evaluationProgress(
    db,
    opts.round,
    rows.map((r) => r.evaluation.id),
    opts.actor.userId,
  );
  return {
    rows: rows.map((r) => ({ ...r, progress: progress.get(r.evaluation.id) as EvaluationProgress })),
    total: total?.n ?? 0,
  };
}

/** Answers, evidence, complete assessor sheets and the items `userId` scored, per evaluation. */
export async function evaluationProgress(
  db: Db,
  round: RoundRow,
  ids: number[],
  userId: string,
): Promise<Map<number, EvaluationProgress>> {
  const items = round.scheme.items.length;
  const out = new Map<number, EvaluationProgress>(
    ids.map((id) => [id, { items, selfAssessed: 0, evidence: 0, assessorsComplete: 0, scoredByMe: 0 }]),
  );
  if (!ids.length) return out;
  const [answers, files, scores] = await Promise.all([
    db
      .select({ id: evaluationAnswer.evaluationId, n: countDistinct(evaluationAnswer.itemCode) })
      .from(evaluationAnswer)
      .where(inArray(evaluationAnswer.evaluationId, ids))
      .groupBy(evaluationAnswer.evaluationId),
    db
      .select({ id: evaluationEvidence.evaluationId, n: count() })
      .from(evaluationEvidence)
      .where(inArray(evaluationEvidence.evaluationId, ids))
      .groupBy(evaluationEvidence.evaluationId),
    roundScores(db, round.id, ids),
  ]);
  for (const a of answers) (out.get(a.id) as EvaluationProgress).selfAssessed = a.n;
  for (const f of files) (out.get(f.id) as EvaluationProgress).evidence = f.n;
  for (const [id, list] of scores) {
    const p = out.get(id) as EvaluationProgress;
    p.assessorsComplete = completeAssessors(round.scheme, list).length;
    p.scoredByMe = new Set(list.filter((s) => s.assessorId === userId).map((s) => s.itemCode)).size;
  }
  return out;
}
