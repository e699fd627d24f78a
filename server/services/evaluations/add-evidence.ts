import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { evaluationEvidence } from "../../db/schema/index";
import type { StoredFileRow } from "../../files/store";
import type { LoadedEvaluation } from "./load";
import { lockRoundInPhase } from "./lock-phase";

/** Attaches an uploaded file as bukti dukung of the self-assessment, optionally to one item. */
export async function addEvaluationEvidence(
  db: Db,
  opts: { loaded: LoadedEvaluation; file: StoredFileRow; itemCode: string | null; ctx: RequestContext },
) {
  return db.transaction(async (tx) => {
    await lockRoundInPhase(tx, opts.loaded.round.id, "self_assessment");
    const [row] = await tx
      .insert(evaluationEvidence)
      .values({ evaluationId: opts.loaded.evaluation.id, itemCode: opts.itemCode, fileId: opts.file.id })
      .returning();
    if (!row) throw new Error("evidence insert returned nothing");
    await recordAudit(tx, opts.ctx, {
      action: "evaluation.evidence_added",
      entityType: "evaluation",
      entityId: opts.loaded.evaluation.id,
      regionCode: opts.loaded.evaluation.regionCode,
      after: {
        itemCode: opts.itemCode,
        file: opts.file.originalName,
        size: opts.file.size,
        mimeType: opts.file.mimeType,
      },
    });
    return row;
  });
}
