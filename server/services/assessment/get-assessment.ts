import { eq } from "drizzle-orm";
import { type Criterion, candidateScore, isComplete, weightedScore } from "../../../domain/assessment";
import { type Actor, isNationalAdmin } from "../../../domain/roles";
import type { Db } from "../../db/client";
import {
  assessmentInterview,
  assessmentScore,
  evidence,
  selfAssessmentAnswer,
  storedFile,
  user,
} from "../../db/schema/index";
import type { LoadedCandidate } from "../cohorts/load";
import type { LoadedInstrument } from "./criteria";

/**
 * A candidate's assessment as the actor may see it: the region sees its own answers and
 * evidence; an assessor also their own scores; the national admin every assessor's scores
 * and the combined result.
 */
export async function getAssessment(
  db: Db,
  opts: { loaded: LoadedCandidate; instrument: LoadedInstrument; actor: Actor },
) {
  const candidateId = opts.loaded.candidate.id;
  const { criteria, scale } = opts.instrument;
  const [answers, files, scores, interviews] = await Promise.all([
    db.select().from(selfAssessmentAnswer).where(eq(selfAssessmentAnswer.candidateId, candidateId)),
    db
      .select({ evidence, file: storedFile })
      .from(evidence)
      .innerJoin(storedFile, eq(storedFile.id, evidence.fileId))
      .where(eq(evidence.candidateId, candidateId)),
    db
      .select({ score: assessmentScore, assessorName: user.name })
      .from(assessmentScore)
      .innerJoin(user, eq(user.id, assessmentScore.assessorId))
      .where(eq(assessmentScore.candidateId, candidateId)),
    db.select().from(assessmentInterview).where(eq(assessmentInterview.candidateId, candidateId)),
  ]);
  const admin = isNationalAdmin(opts.actor);
  const defs: Criterion[] = criteria.map((c) => ({ id: c.id, lens: c.lens, weight: c.weight }));
  const assessorIds = [...new Set(scores.map((s) => s.score.assessorId))].filter(
    (id) => admin || id === opts.actor.userId,
  );
  const byAssessor = assessorIds.map((assessorId) => {
    const own = scores.filter((s) => s.score.assessorId === assessorId);
    const plain = own.map((s) => ({ criterionId: s.score.criterionId, assessorId, score: s.score.score }));
    const interview = interviews.find((i) => i.assessorId === assessorId);
    return {
      assessorId,
      assessorName: own[0]?.assessorName ?? "",
      complete: isComplete(defs, plain),
      total: weightedScore(defs, plain, scale),
      items: own.map((s) => ({ criterionId: s.score.criterionId, score: s.score.score, note: s.score.note })),
      interview: interview
        ? {
            heldOn: interview.heldOn,
            presentationNote: interview.presentationNote,
            interviewNote: interview.interviewNote,
          }
        : null,
    };
  });
  return {
    answers: answers.map((a) => ({
      criterionId: a.criterionId,
      answer: a.answer,
      selfScore: a.selfScore,
      updatedAt: a.updatedAt.toISOString(),
    })),
    evidence: files.map((f) => ({
      id: f.evidence.id,
      criterionId: f.evidence.criterionId,
      file: { id: f.file.id, name: f.file.originalName, size: f.file.size, mimeType: f.file.mimeType },
    })),
    scores: byAssessor,
    result: admin
      ? candidateScore(
          defs,
          scores.map((s) => ({
            criterionId: s.score.criterionId,
            assessorId: s.score.assessorId,
            score: s.score.score,
          })),
          scale,
        )
      : null,
  };
}
