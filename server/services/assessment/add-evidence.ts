import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { evidence } from "../../db/schema/index";
import type { StoredFileRow } from "../../files/store";
import type { LoadedCandidate } from "../cohorts/load";

/** Attaches an uploaded file as bukti dukung of a candidate, optionally to one criterion. */
export async function addEvidence(
  db: Db,
  opts: { loaded: LoadedCandidate; file: StoredFileRow; criterionId: number | null; ctx: RequestContext },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(evidence)
      .values({ candidateId: opts.loaded.candidate.id, criterionId: opts.criterionId, fileId: opts.file.id })
      .returning();
    if (!row) throw new Error("evidence insert returned nothing");
    await recordAudit(tx, opts.ctx, {
      action: "evidence.added",
      entityType: "candidate",
      entityId: opts.loaded.candidate.id,
      regionCode: opts.loaded.candidate.regionCode,
      after: {
        criterionId: opts.criterionId,
        file: opts.file.originalName,
        size: opts.file.size,
        mimeType: opts.file.mimeType,
      },
    });
    return row;
  });
}
