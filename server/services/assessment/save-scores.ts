import { and, eq, sql } from "drizzle-orm";
import type { ScoresInput } from "../../../domain/cohort-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { assessmentInterview, assessmentScore, candidate } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedCandidate } from "../cohorts/load";
import type { LoadedInstrument } from "./criteria";

/**
 * Stores one assessor's scores (each within the instrument's scale) and interview record.
 * A candidate with at least one complete assessor counts as assessed.
 */
export async function saveScores(
  db: Db,
  opts: {
    loaded: LoadedCandidate;
    instrument: LoadedInstrument;
    assessorId: string;
    input: ScoresInput;
    ctx: RequestContext;
  },
) {
  const { criteria, scale } = opts.instrument;
  const issues = opts.input.scores.flatMap((s, i) => {
    if (!criteria.some((c) => c.id === s.criterionId))
      return [{ path: `body.scores.${i}.criterionId`, message: "Kriteria tidak dikenal" }];
    if (s.score < scale.min || s.score > scale.max) {
      return [{ path: `body.scores.${i}.score`, message: `Nilai harus ${scale.min}–${scale.max}` }];
    }
    return [];
  });
  if (issues.length) throw new AppError("validation_failed", { issues });
  const candidateId = opts.loaded.candidate.id;
  return db.transaction(async (tx) => {
    for (const s of opts.input.scores) {
      const values = { score: s.score, note: s.note ?? null, updatedAt: new Date() };
      await tx
        .insert(assessmentScore)
        .values({ candidateId, criterionId: s.criterionId, assessorId: opts.assessorId, ...values })
        .onConflictDoUpdate({
          target: [assessmentScore.candidateId, assessmentScore.criterionId, assessmentScore.assessorId],
          set: values,
        });
    }
    if (opts.input.interview) {
      const values = { ...opts.input.interview, updatedAt: new Date() };
      await tx
        .insert(assessmentInterview)
        .values({ candidateId, assessorId: opts.assessorId, ...values })
        .onConflictDoUpdate({ target: [assessmentInterview.candidateId, assessmentInterview.assessorId], set: values });
    }
    const [{ n } = { n: 0 }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(assessmentScore)
      .where(and(eq(assessmentScore.candidateId, candidateId), eq(assessmentScore.assessorId, opts.assessorId)));
    if (n >= criteria.length && opts.loaded.candidate.status === "invited") {
      await tx.update(candidate).set({ status: "assessed" }).where(eq(candidate.id, candidateId));
    }
    await recordAudit(tx, opts.ctx, {
      action: "assessment.scored",
      entityType: "candidate",
      entityId: candidateId,
      regionCode: opts.loaded.candidate.regionCode,
      after: {
        scores: Object.fromEntries(opts.input.scores.map((s) => [s.criterionId, s.score])),
        interview: opts.input.interview ? "dicatat" : null,
      },
    });
  });
}
