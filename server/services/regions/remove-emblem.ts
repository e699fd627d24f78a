import { eq } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { regionEmblem } from "../../db/schema/index";
import { AppError } from "../../errors";

/** Takes the emblem off the region's covers; the file itself stays, as the audit trail points at it. */
export async function removeRegionEmblem(db: Db, opts: { regionCode: string; ctx: RequestContext }) {
  await db.transaction(async (tx) => {
    const [removed] = await tx.delete(regionEmblem).where(eq(regionEmblem.regionCode, opts.regionCode)).returning();
    if (!removed) throw new AppError("emblem_not_found", { code: opts.regionCode });
    await recordAudit(tx, opts.ctx, {
      action: "region.emblem_removed",
      entityType: "region",
      entityId: opts.regionCode,
      regionCode: opts.regionCode,
      before: { emblemFileId: removed.fileId },
      after: null,
    });
  });
}
