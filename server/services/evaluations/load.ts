import { and, eq, exists, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import { type Actor, isNationalAdmin, visibleRegions } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { evaluation, evaluationAssessor, evaluationRound } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { EvaluationRes, RoundRes } from "../../policies/evaluation";

export type RoundRow = typeof evaluationRound.$inferSelect;
export type EvaluationRow = typeof evaluation.$inferSelect;

/**
 * Rounds the actor may see: all for the admin; those they are assigned to for an assessor;
 * for a region's people, rounds their region takes part in once they are past draft; and
 * every published round for anyone signed in (the national table is an announcement).
 */
export function roundScope(actor: Actor): SQL | undefined {
  if (isNationalAdmin(actor)) return undefined;
  const conds: SQL[] = [
    eq(evaluationRound.status, "published"),
    exists(
      sql`(select 1 from ${evaluationAssessor} where ${evaluationAssessor.roundId} = ${evaluationRound.id} and ${evaluationAssessor.userId} = ${actor.userId})`,
    ),
  ];
  const regions = visibleRegions(actor);
  if (regions !== "all" && regions.length) {
    const participates = and(
      ne(evaluationRound.status, "draft"),
      exists(
        sql`(select 1 from ${evaluation} where ${evaluation.roundId} = ${evaluationRound.id} and ${inArray(evaluation.regionCode, regions)})`,
      ),
    );
    if (participates) conds.push(participates);
  }
  return or(...conds);
}

/** User ids of the assessors assigned to a round. */
export async function assessorIdsOf(db: Db, roundId: number): Promise<string[]> {
  const rows = await db
    .select({ userId: evaluationAssessor.userId })
    .from(evaluationAssessor)
    .where(eq(evaluationAssessor.roundId, roundId));
  return rows.map((r) => r.userId).sort();
}

/** A round inside the actor's scope with its assessors; otherwise 404. */
export async function loadRound(db: Db, id: number, actor: Actor) {
  const [row] = await db
    .select()
    .from(evaluationRound)
    .where(and(eq(evaluationRound.id, id), roundScope(actor)));
  if (!row) throw new AppError("evaluation_round_not_found", { id });
  const assessorIds = await assessorIdsOf(db, id);
  return { round: row, res: { status: row.status, assessorIds } satisfies RoundRes };
}
export type LoadedRound = Awaited<ReturnType<typeof loadRound>>;

/**
 * A region's evaluation, loaded only for the admin, the round's assessors and the region's
 * own people (a draft round stays hidden from the region); another region's is 404 even
 * after publication — the national table shows its result, not its self-assessment.
 */
export async function loadEvaluation(db: Db, id: number, actor: Actor) {
  const [row] = await db
    .select({ evaluation, round: evaluationRound })
    .from(evaluation)
    .innerJoin(evaluationRound, eq(evaluationRound.id, evaluation.roundId))
    .where(eq(evaluation.id, id));
  if (!row) throw new AppError("evaluation_not_found", { id });
  const assessorIds = await assessorIdsOf(db, row.round.id);
  const res: EvaluationRes = { status: row.round.status, assessorIds, regionCode: row.evaluation.regionCode };
  const regions = visibleRegions(actor);
  const visible =
    isNationalAdmin(actor) ||
    assessorIds.includes(actor.userId) ||
    (regions !== "all" && regions.includes(res.regionCode) && row.round.status !== "draft");
  if (!visible) throw new AppError("evaluation_not_found", { id });
  return { ...row, res };
}
export type LoadedEvaluation = Awaited<ReturnType<typeof loadEvaluation>>;

/** Bumps a round's version when it still is `version`; 409 otherwise. Call inside the mutation's transaction. */
export async function bumpRound(
  tx: Db,
  id: number,
  version: number,
  set: Partial<typeof evaluationRound.$inferInsert> = {},
) {
  const [row] = await tx
    .update(evaluationRound)
    .set({ ...set, version: sql`${evaluationRound.version} + 1`, updatedAt: new Date() })
    .where(and(eq(evaluationRound.id, id), eq(evaluationRound.version, version)))
    .returning();
  if (!row) {
    const [current] = await tx
      .select({ version: evaluationRound.version })
      .from(evaluationRound)
      .where(eq(evaluationRound.id, id));
    throw new AppError("version_conflict", { currentVersion: current?.version ?? null });
  }
  return row;
}
