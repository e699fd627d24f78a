import { and, eq, sql } from "drizzle-orm";
import type { SelfAssessmentPut } from "../../../domain/evaluation/api";
import { scoreProblem } from "../../../domain/evaluation/scoring";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { evaluationAnswer } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedEvaluation } from "./load";
import { lockRoundInPhase } from "./lock-phase";

/**
 * Writes the region's answer to one item of the round's scheme: version 0 creates it, later
 * writes carry the version they read (409 when someone else saved in between).
 */
export async function saveSelfAssessment(
  db: Db,
  opts: { loaded: LoadedEvaluation; itemCode: string; input: SelfAssessmentPut; ctx: RequestContext },
) {
  const { loaded, itemCode, input } = opts;
  const scheme = loaded.round.scheme;
  if (!scheme.items.some((i) => i.code === itemCode))
    throw new AppError("validation_failed", {
      issues: [{ path: "params.itemCode", message: "Butir penilaian tidak dikenal" }],
    });
  const selfScore = input.selfScore ?? null;
  const problem = selfScore === null ? null : scoreProblem(scheme.scale, selfScore);
  if (problem) throw new AppError("validation_failed", { issues: [{ path: "body.selfScore", message: problem }] });
  const evaluationId = loaded.evaluation.id;
  const where = and(eq(evaluationAnswer.evaluationId, evaluationId), eq(evaluationAnswer.itemCode, itemCode));
  try {
    return await db.transaction(async (tx) => {
      await lockRoundInPhase(tx, loaded.round.id, "self_assessment");
      const [before] = await tx.select().from(evaluationAnswer).where(where);
      if (input.version === 0 && before) throw new AppError("version_conflict", { currentVersion: before.version });
      const values = {
        narrative: input.narrative,
        selfScore,
        updatedBy: opts.ctx.actor?.userId ?? null,
        updatedAt: new Date(),
      };
      let row: typeof evaluationAnswer.$inferSelect | undefined;
      if (input.version === 0) {
        [row] = await tx
          .insert(evaluationAnswer)
          .values({ evaluationId, itemCode, ...values })
          .returning();
      } else {
        [row] = await tx
          .update(evaluationAnswer)
          .set({ ...values, version: sql`${evaluationAnswer.version} + 1` })
          .where(and(where, eq(evaluationAnswer.version, input.version)))
          .returning();
      }
      if (!row) throw new AppError("version_conflict", { currentVersion: before?.version ?? 0 });
      await recordAudit(tx, opts.ctx, {
        action: "evaluation.self_assessed",
        entityType: "evaluation",
        entityId: evaluationId,
        regionCode: loaded.evaluation.regionCode,
        before: before ? { itemCode, narrative: before.narrative, selfScore: before.selfScore } : null,
        after: { itemCode, narrative: row.narrative, selfScore: row.selfScore },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("version_conflict", { currentVersion: null });
    throw err;
  }
}
