import { rm } from "node:fs/promises";
import path from "node:path";
import type { MultipartFile } from "@fastify/multipart";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { deliverable } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type FileStore, saveUpload } from "../../files/store";
import { type LoadedDeliverable, lockOpenStage } from "./load";
import { EDITABLE_STATUSES } from "./update-deliverable";

/** Stores an uploaded file and makes it the deliverable's file, in one transaction with its audit event. */
export async function attachDeliverableFile(
  db: Db,
  opts: { current: LoadedDeliverable; part: MultipartFile; store: FileStore; ctx: RequestContext },
) {
  const id = opts.current.deliverable.id;
  let savedId: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      await lockOpenStage(tx, opts.current.stage.id);
      const file = await saveUpload(tx, opts.store, opts.part, {
        regionCode: opts.current.regionCode,
        uploadedBy: opts.ctx.actor?.userId ?? null,
      });
      savedId = file.id;
      const [row] = await tx
        .update(deliverable)
        .set({ fileId: file.id, version: sql`${deliverable.version} + 1` })
        .where(and(eq(deliverable.id, id), inArray(deliverable.status, EDITABLE_STATUSES)))
        .returning();
      if (!row) throw new AppError("deliverable_transition_not_allowed", { id });
      await recordAudit(tx, opts.ctx, {
        action: "deliverable.file_attached",
        entityType: "deliverable",
        entityId: id,
        regionCode: opts.current.regionCode,
        before: { fileId: opts.current.deliverable.fileId },
        after: { fileId: file.id, fileName: file.originalName, size: file.size },
      });
      return row;
    });
  } catch (err) {
    // The row went with the rolled-back transaction; the bytes on disk must go too.
    if (savedId) await rm(path.join(opts.store.dir, savedId), { force: true });
    throw err;
  }
}
