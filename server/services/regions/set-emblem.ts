import { rm } from "node:fs/promises";
import path from "node:path";
import type { MultipartFile } from "@fastify/multipart";
import { eq } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { regionEmblem } from "../../db/schema/index";
import { imageInfo } from "../../documents/image-size";
import { AppError } from "../../errors";
import { type FileStore, saveUpload } from "../../files/store";
import { requireFileType } from "../files/read-upload";

export const EMBLEM_TYPES = ["image/png", "image/jpeg"] as const;
export const EMBLEM_MAX_BYTES = 2 * 1024 * 1024;
/** Wider or taller images would cost the PDF renderer hundreds of megabytes to decode, for nothing. */
export const EMBLEM_MAX_PIXELS = 3000;

/** Refuses anything but a whole PNG or JPEG of at most 2 MB and 3000 × 3000 pixels, judged by its bytes. */
export async function checkEmblem(part: { buffer: Buffer; filename: string }) {
  if (part.buffer.length > EMBLEM_MAX_BYTES)
    throw new AppError("emblem_too_large", { size: part.buffer.length, maxBytes: EMBLEM_MAX_BYTES });
  await requireFileType(part, EMBLEM_TYPES).catch((err: unknown) => {
    throw err instanceof AppError ? new AppError("emblem_type_not_allowed", err.details) : err;
  });
  const info = imageInfo(part.buffer);
  if (!info) throw new AppError("emblem_type_not_allowed", { name: part.filename, reason: "unreadable_header" });
  if (info.width > EMBLEM_MAX_PIXELS || info.height > EMBLEM_MAX_PIXELS)
    throw new AppError("emblem_too_large", { width: info.width, height: info.height, maxPixels: EMBLEM_MAX_PIXELS });
  return info;
}

/** Stores a region's emblem (replacing the previous one, whose file stays for the audit trail). */
export async function setRegionEmblem(
  db: Db,
  opts: { regionCode: string; part: MultipartFile & { buffer: Buffer }; store: FileStore; ctx: RequestContext },
) {
  const info = await checkEmblem(opts.part);
  let savedId: string | undefined;
  try {
    return await db.transaction(async (tx) => {
      const file = await saveUpload(tx, opts.store, opts.part, {
        regionCode: opts.regionCode,
        uploadedBy: opts.ctx.actor?.userId ?? null,
      });
      savedId = file.id;
      const [before] = await tx
        .select()
        .from(regionEmblem)
        .where(eq(regionEmblem.regionCode, opts.regionCode))
        .for("update");
      const values = { fileId: file.id, updatedBy: opts.ctx.actor?.userId ?? null, updatedAt: new Date() };
      await tx
        .insert(regionEmblem)
        .values({ regionCode: opts.regionCode, ...values })
        .onConflictDoUpdate({ target: regionEmblem.regionCode, set: values });
      await recordAudit(tx, opts.ctx, {
        action: "region.emblem_set",
        entityType: "region",
        entityId: opts.regionCode,
        regionCode: opts.regionCode,
        before: before ? { emblemFileId: before.fileId } : null,
        after: {
          emblemFileId: file.id,
          fileName: file.originalName,
          size: file.size,
          type: file.mimeType,
          width: info.width,
          height: info.height,
        },
      });
      return file;
    });
  } catch (err) {
    if (savedId) await rm(path.join(opts.store.dir, savedId), { force: true });
    throw err;
  }
}
