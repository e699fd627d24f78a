import { and, asc, eq } from "drizzle-orm";
import { completeAssessors } from "../../../domain/evaluation/scoring";
import { type Actor, isNationalAdmin } from "../../../domain/roles";
import type { Db } from "../../db/client";
import {
  evaluationAnswer,
  evaluationEvidence,
  evaluationInterview,
  evaluationScore,
  storedFile,
  user,
} from "../../db/schema/index";
import { AppError } from "../../errors";
import { evaluationPolicy } from "../../policies/evaluation";
import type { LoadedEvaluation } from "./load";

/**
 * A region's self-assessment and evidence, and the score sheets the actor may see: the
 * admin every assessor's, an assessor their own; the region none (it sees its stored result
 * once the round is published).
 */
export async function getEvaluation(db: Db, opts: { loaded: LoadedEvaluation; actor: Actor }) {
  const id = opts.loaded.evaluation.id;
  const scheme = opts.loaded.round.scheme;
  const readScores = evaluationPolicy.can(opts.actor, "readScores", opts.loaded.res);
  const onlyOwn = !isNationalAdmin(opts.actor);
  const [answers, files, scores, interviews] = await Promise.all([
    db
      .select()
      .from(evaluationAnswer)
      .where(eq(evaluationAnswer.evaluationId, id))
      .orderBy(asc(evaluationAnswer.itemCode)),
    db
      .select({ evidence: evaluationEvidence, file: storedFile })
      .from(evaluationEvidence)
      .innerJoin(storedFile, eq(storedFile.id, evaluationEvidence.fileId))
      .where(eq(evaluationEvidence.evaluationId, id))
      .orderBy(asc(evaluationEvidence.id)),
    readScores
      ? db
          .select({ score: evaluationScore, assessorName: user.name })
          .from(evaluationScore)
          .innerJoin(user, eq(user.id, evaluationScore.assessorId))
          .where(
            and(
              eq(evaluationScore.evaluationId, id),
              onlyOwn ? eq(evaluationScore.assessorId, opts.actor.userId) : undefined,
            ),
          )
      : Promise.resolve([]),
    readScores
      ? db
          .select()
          .from(evaluationInterview)
          .where(
            and(
              eq(evaluationInterview.evaluationId, id),
              onlyOwn ? eq(evaluationInterview.assessorId, opts.actor.userId) : undefined,
            ),
          )
      : Promise.resolve([]),
  ]);
  const assessorIds = [...new Set([...scores.map((s) => s.score.assessorId), ...interviews.map((i) => i.assessorId)])];
  const order = new Map(scheme.items.map((item, i) => [item.code, i]));
  const byItem = (a: { itemCode: string }, b: { itemCode: string }) =>
    (order.get(a.itemCode) ?? 0) - (order.get(b.itemCode) ?? 0);
  return {
    answers: answers.sort(byItem).map((a) => ({
      itemCode: a.itemCode,
      narrative: a.narrative,
      selfScore: a.selfScore === null ? null : Number(a.selfScore),
      version: a.version,
      updatedAt: a.updatedAt.toISOString(),
    })),
    evidence: files.map((f) => ({
      id: f.evidence.id,
      itemCode: f.evidence.itemCode,
      file: { id: f.file.id, name: f.file.originalName, size: f.file.size, mimeType: f.file.mimeType },
    })),
    scoreSheets: assessorIds.sort().map((assessorId) => {
      const own = scores.filter((s) => s.score.assessorId === assessorId);
      const interview = interviews.find((i) => i.assessorId === assessorId);
      const items = own.map((s) => ({ itemCode: s.score.itemCode, score: Number(s.score.score), note: s.score.note }));
      return {
        assessorId,
        assessorName: own[0]?.assessorName ?? "",
        assigned: opts.loaded.res.assessorIds.includes(assessorId),
        complete:
          completeAssessors(
            scheme,
            items.map((i) => ({ ...i, assessorId })),
          ).length === 1,
        items: items.sort(byItem),
        interview: interview ? { heldOn: interview.heldOn, notes: interview.notes } : null,
      };
    }),
  };
}

/** One evidence file of an evaluation, for download by those who may read the evaluation. */
export async function loadEvaluationEvidence(db: Db, opts: { loaded: LoadedEvaluation; evidenceId: number }) {
  const [row] = await db
    .select({ file: storedFile })
    .from(evaluationEvidence)
    .innerJoin(storedFile, eq(storedFile.id, evaluationEvidence.fileId))
    .where(
      and(eq(evaluationEvidence.id, opts.evidenceId), eq(evaluationEvidence.evaluationId, opts.loaded.evaluation.id)),
    );
  if (!row) throw new AppError("file_not_found", { id: opts.evidenceId });
  return row.file;
}
