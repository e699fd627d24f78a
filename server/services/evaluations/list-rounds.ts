import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { evaluation, evaluationAssessor, evaluationRound, user } from "../../db/schema/index";
import { roundScope } from "./load";

export type RoundCounts = { participants: number; assessors: number };

/** Rounds the actor may see, newest first, optionally of one year. */
export async function listRounds(db: Db, opts: { actor: Actor; year?: number }) {
  return db
    .select()
    .from(evaluationRound)
    .where(and(roundScope(opts.actor), opts.year ? eq(evaluationRound.year, opts.year) : undefined))
    .orderBy(desc(evaluationRound.year), desc(evaluationRound.tahap));
}

/** Participants and assessors per round, in two grouped queries. */
export async function roundCounts(db: Db, ids: number[]): Promise<Map<number, RoundCounts>> {
  const out = new Map<number, RoundCounts>(ids.map((id) => [id, { participants: 0, assessors: 0 }]));
  if (!ids.length) return out;
  const [p, a] = await Promise.all([
    db
      .select({ id: evaluation.roundId, n: count() })
      .from(evaluation)
      .where(inArray(evaluation.roundId, ids))
      .groupBy(evaluation.roundId),
    db
      .select({ id: evaluationAssessor.roundId, n: count() })
      .from(evaluationAssessor)
      .where(inArray(evaluationAssessor.roundId, ids))
      .groupBy(evaluationAssessor.roundId),
  ]);
  for (const r of p) (out.get(r.id) as RoundCounts).participants = r.n;
  for (const r of a) (out.get(r.id) as RoundCounts).assessors = r.n;
  return out;
}

/** The assessors of a round with their names. */
export async function roundAssessors(db: Db, roundId: number) {
  return db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(evaluationAssessor)
    .innerJoin(user, eq(user.id, evaluationAssessor.userId))
    .where(eq(evaluationAssessor.roundId, roundId))
    .orderBy(user.name);
}

/** Assessor user ids per round, in one query. */
export async function assessorsByRound(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  const rows = await db
    .select({ roundId: evaluationAssessor.roundId, userId: evaluationAssessor.userId })
    .from(evaluationAssessor)
    .where(inArray(evaluationAssessor.roundId, ids));
  for (const r of rows) out.set(r.roundId, [...(out.get(r.roundId) ?? []), r.userId]);
  return out;
}
