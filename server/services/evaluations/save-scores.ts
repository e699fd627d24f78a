import type { ScoresPut } from "../../../domain/evaluation/api";
import { scoreInputProblems } from "../../../domain/evaluation/scoring";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { evaluationInterview, evaluationScore } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedEvaluation } from "./load";
import { lockRoundInPhase } from "./lock-phase";

/** Stores one assessor's item scores (each on the scheme's scale) and their interview record. */
export async function saveEvaluationScores(
  db: Db,
  opts: { loaded: LoadedEvaluation; assessorId: string; input: ScoresPut; ctx: RequestContext },
) {
  const { input, loaded } = opts;
  const issues = scoreInputProblems(loaded.round.scheme, input.scores).map((p) => ({
    path: `body.scores.${p.index}.${p.field}`,
    message: p.message,
  }));
  if (issues.length) throw new AppError("validation_failed", { issues });
  const evaluationId = loaded.evaluation.id;
  return db.transaction(async (tx) => {
    await lockRoundInPhase(tx, loaded.round.id, "scoring");
    for (const s of input.scores) {
      const values = { score: s.score, note: s.note ?? null, updatedAt: new Date() };
      await tx
        .insert(evaluationScore)
        .values({ evaluationId, itemCode: s.itemCode, assessorId: opts.assessorId, ...values })
        .onConflictDoUpdate({
          target: [evaluationScore.evaluationId, evaluationScore.itemCode, evaluationScore.assessorId],
          set: values,
        });
    }
    if (input.interview) {
      const values = {
        heldOn: input.interview.heldOn ?? null,
        notes: input.interview.notes ?? null,
        updatedAt: new Date(),
      };
      await tx
        .insert(evaluationInterview)
        .values({ evaluationId, assessorId: opts.assessorId, ...values })
        .onConflictDoUpdate({
          target: [evaluationInterview.evaluationId, evaluationInterview.assessorId],
          set: values,
        });
    }
    await recordAudit(tx, opts.ctx, {
      action: "evaluation.scored",
      entityType: "evaluation",
      entityId: evaluationId,
      regionCode: loaded.evaluation.regionCode,
      after: {
        scores: Object.fromEntries(input.scores.map((s) => [s.itemCode, s.score])),
        interview: input.interview ? { heldOn: input.interview.heldOn ?? null } : null,
      },
    });
  });
}
