import { rm } from "node:fs/promises";
import path from "node:path";
import type { MultipartFile } from "@fastify/multipart";
import { eq, sql } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { masterplan } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type FileStore, saveUpload } from "../../files/store";
import type { PlanRow } from "./load";

/** Stores the signed Perbup/Perwali (a PDF, checked by the route) under the plan's region and links it. */
export async function attachPerkadaFile(
  db: Db,
  opts: { plan: PlanRow; part: MultipartFile; store: FileStore; ctx: RequestContext },
) {
  let savedId: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      const [locked] = await tx.select().from(masterplan).where(eq(masterplan.id, opts.plan.id)).for("update");
      if (!locked) throw new AppError("masterplan_not_found", { id: opts.plan.id });
      if (locked.status !== "approved" && locked.status !== "enacted")
        throw new AppError("masterplan_transition_not_allowed", { status: locked.status, action: "attachPerkada" });
      const file = await saveUpload(tx, opts.store, opts.part, {
        regionCode: locked.regionCode,
        uploadedBy: opts.ctx.actor?.userId ?? null,
      });
      savedId = file.id;
      const [row] = await tx
        .update(masterplan)
        .set({ perkadaFileId: file.id, version: sql`${masterplan.version} + 1`, updatedAt: new Date() })
        .where(eq(masterplan.id, locked.id))
        .returning();
      if (!row) throw new Error("masterplan update failed");
      await recordAudit(tx, opts.ctx, {
        action: "masterplan.perkada_file_attached",
        entityType: "masterplan",
        entityId: row.id,
        regionCode: row.regionCode,
        links: { masterplanId: row.id },
        before: { perkadaFileId: locked.perkadaFileId },
        after: { perkadaFileId: file.id, fileName: file.originalName, size: file.size },
      });
      return row;
    });
  } catch (err) {
    if (savedId) await rm(path.join(opts.store.dir, savedId), { force: true });
    throw err;
  }
}
