import { eq } from "drizzle-orm";
import type { RoundTransition } from "../../../domain/evaluation/api";
import { roundTransitionBlockers } from "../../../domain/evaluation/round";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { evaluationResult, evaluationRound } from "../../db/schema/index";
import { AppError } from "../../errors";
import { computeRoundResults } from "./compute-results";
import { bumpRound, type RoundRow } from "./load";
import { roundFacts } from "./round-facts";

/**
 * Moves a round to another phase when the map and the facts allow it; refused with every
 * reason at once (409 `evaluation_transition_blocked`). Publishing computes each region's
 * result and stores it with the ranks, in the same transaction as the letter and the audit
 * event, so what was announced never changes afterwards.
 */
export async function transitionRound(
  db: Db,
  opts: { current: RoundRow; input: RoundTransition; ctx: RequestContext },
) {
  const { input } = opts;
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(evaluationRound)
      .where(eq(evaluationRound.id, opts.current.id))
      .for("update");
    if (!locked) throw new AppError("evaluation_round_not_found", { id: opts.current.id });
    if (locked.version !== input.version) throw new AppError("version_conflict", { currentVersion: locked.version });
    const letter =
      input.resultLetterNumber && input.resultLetterDate
        ? { number: input.resultLetterNumber, date: input.resultLetterDate }
        : null;
    const blockers = roundTransitionBlockers(locked.status, input.to, await roundFacts(tx, locked, letter));
    if (blockers.length)
      throw new AppError("evaluation_transition_blocked", { from: locked.status, to: input.to, reasons: blockers });
    let published: Awaited<ReturnType<typeof computeRoundResults>> = [];
    if (input.to === "published") {
      published = await computeRoundResults(tx, locked);
      if (published.length) await tx.insert(evaluationResult).values(published);
    }
    const row = await bumpRound(tx, locked.id, locked.version, {
      status: input.to,
      ...(input.to === "published" && letter
        ? {
            resultLetterNumber: letter.number,
            resultLetterDate: letter.date,
            publishedAt: new Date(),
            publishedBy: opts.ctx.actor?.userId ?? null,
          }
        : {}),
    });
    await recordAudit(tx, opts.ctx, {
      action: input.to === "published" ? "evaluation_round.published" : "evaluation_round.transitioned",
      entityType: "evaluation_round",
      entityId: row.id,
      before: { status: locked.status },
      after: {
        status: row.status,
        ...(input.to === "published"
          ? {
              resultLetterNumber: row.resultLetterNumber,
              resultLetterDate: row.resultLetterDate,
              results: published.length,
              ranked: published.filter((r) => r.nationalRank !== null).length,
            }
          : {}),
      },
    });
    return row;
  });
}
