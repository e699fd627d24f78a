import { and, eq } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { selfAssessmentAnswer } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedCandidate } from "../cohorts/load";
import type { LoadedInstrument } from "./criteria";

/** The region's answer to one criterion of its cohort's instrument. */
export async function saveSelfAnswer(
  db: Db,
  opts: {
    loaded: LoadedCandidate;
    instrument: LoadedInstrument;
    criterionId: number;
    answer: string;
    selfScore: number | null;
    ctx: RequestContext;
  },
) {
  if (!opts.instrument.criteria.some((c) => c.id === opts.criterionId))
    throw new AppError("not_found", { criterionId: opts.criterionId });
  const candidateId = opts.loaded.candidate.id;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(selfAssessmentAnswer)
      .where(
        and(eq(selfAssessmentAnswer.candidateId, candidateId), eq(selfAssessmentAnswer.criterionId, opts.criterionId)),
      );
    const values = {
      answer: opts.answer,
      selfScore: opts.selfScore,
      updatedBy: opts.ctx.actor?.userId ?? null,
      updatedAt: new Date(),
    };
    const [row] = await tx
      .insert(selfAssessmentAnswer)
      .values({ candidateId, criterionId: opts.criterionId, ...values })
      .onConflictDoUpdate({ target: [selfAssessmentAnswer.candidateId, selfAssessmentAnswer.criterionId], set: values })
      .returning();
    await recordAudit(tx, opts.ctx, {
      action: "self_assessment.answered",
      entityType: "candidate",
      entityId: candidateId,
      regionCode: opts.loaded.candidate.regionCode,
      before: before ? { criterionId: before.criterionId, answer: before.answer, selfScore: before.selfScore } : null,
      after: { criterionId: opts.criterionId, answer: opts.answer, selfScore: opts.selfScore },
    });
    return row;
  });
}
