import { rm } from "node:fs/promises";
import path from "node:path";
import type { MultipartFile } from "@fastify/multipart";
import { eq, sql } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { mou } from "../../db/schema/index";
import { type FileStore, saveUpload } from "../../files/store";
import type { LoadedCandidate } from "../cohorts/load";
import { requireMouPhase } from "./record-mou";

/** Stores the signed memorandum's scan (PDF or image, checked by the route) and links it. */
export async function attachMouScan(
  db: Db,
  opts: { candidate: LoadedCandidate; part: MultipartFile; store: FileStore; ctx: RequestContext },
) {
  requireMouPhase(opts.candidate);
  const candidateId = opts.candidate.candidate.id;
  const regionCode = opts.candidate.candidate.regionCode;
  let savedId: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      const file = await saveUpload(tx, opts.store, opts.part, {
        regionCode,
        uploadedBy: opts.ctx.actor?.userId ?? null,
      });
      savedId = file.id;
      const [existing] = await tx.select().from(mou).where(eq(mou.candidateId, candidateId)).for("update");
      const [row] = existing
        ? await tx
            .update(mou)
            .set({ scanFileId: file.id, version: sql`${mou.version} + 1`, updatedAt: new Date() })
            .where(eq(mou.id, existing.id))
            .returning()
        : await tx.insert(mou).values({ candidateId, scanFileId: file.id }).returning();
      if (!row) throw new Error("mou write returned nothing");
      await recordAudit(tx, opts.ctx, {
        action: "mou.scan_attached",
        entityType: "mou",
        entityId: row.id,
        regionCode,
        before: { scanFileId: existing?.scanFileId ?? null },
        after: { scanFileId: file.id, fileName: file.originalName, size: file.size },
      });
      return row;
    });
  } catch (err) {
    if (savedId) await rm(path.join(opts.store.dir, savedId), { force: true });
    throw err;
  }
}
