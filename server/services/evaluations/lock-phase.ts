import { eq } from "drizzle-orm";
import type { RoundStatus } from "../../../domain/evaluation/round";
import type { Db } from "../../db/client";
import { evaluationRound } from "../../db/schema/index";
import { AppError } from "../../errors";

/**
 * Holds the round row shared for the rest of the transaction and refuses when it is no
 * longer in `phase`: a phase change (which locks the row for update) waits for writes in
 * flight, and no write slips in after it.
 */
export async function lockRoundInPhase(tx: Db, roundId: number, phase: RoundStatus) {
  const [row] = await tx
    .select({ status: evaluationRound.status })
    .from(evaluationRound)
    .where(eq(evaluationRound.id, roundId))
    .for("share");
  if (!row) throw new AppError("evaluation_round_not_found", { id: roundId });
  if (row.status !== phase) throw new AppError("evaluation_locked", { status: row.status, needed: phase });
}
