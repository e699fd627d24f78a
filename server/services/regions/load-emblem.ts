import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { regionEmblem, storedFile } from "../../db/schema/index";
import { type ImageInfo, imageInfo } from "../../documents/image-size";
import type { FileStore } from "../../files/store";

/** The emblem on record for a region, with its stored file; null when none was uploaded. */
export async function findRegionEmblem(db: Db, regionCode: string) {
  const [row] = await db
    .select({ emblem: regionEmblem, file: storedFile })
    .from(regionEmblem)
    .innerJoin(storedFile, eq(storedFile.id, regionEmblem.fileId))
    .where(eq(regionEmblem.regionCode, regionCode));
  return row ?? null;
}

export type RegionEmblemRow = NonNullable<Awaited<ReturnType<typeof findRegionEmblem>>>;

/**
 * A region's emblem with its bytes and pixel size, for covers and the image download. Null
 * when none was uploaded, or when its file is gone from the store or no longer reads as an
 * image (a book is still printed, without the emblem).
 */
export async function readRegionEmblem(
  db: Db,
  store: FileStore,
  regionCode: string,
): Promise<(RegionEmblemRow & { data: Buffer; info: ImageInfo }) | null> {
  const row = await findRegionEmblem(db, regionCode);
  if (!row) return null;
  const data = await readFile(path.join(store.dir, row.file.id)).catch(() => null);
  const info = data ? imageInfo(data) : null;
  return data && info ? { ...row, data, info } : null;
}
