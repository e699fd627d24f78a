import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MultipartFile } from "@fastify/multipart";
import { eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "../db/client";
import { storedFile } from "../db/schema/index";
import { AppError } from "../errors";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What may be uploaded, judged by the file's own bytes, never by its name or the browser's word. */
const ALLOWED = new Map<string, string>([
  ["application/pdf", "pdf"],
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  ["application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"],
]);

export type FileStore = { dir: string };

/** Reads an upload fully (bounded by the multipart limit), checks its real type, stores it. */
export async function saveUpload(
  db: Db,
  store: FileStore,
  part: MultipartFile,
  meta: { regionCode: string | null; uploadedBy: string | null },
) {
  const buffer = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === "FST_REQ_FILE_TOO_LARGE") throw new AppError("file_too_large");
    throw err;
  });
  if (part.file.truncated) throw new AppError("file_too_large");
  return saveBuffer(db, store, { buffer, filename: part.filename }, meta);
}

/** Stores bytes already in memory (e.g. a re-encoded photo) after the same size and type checks as an upload. */
export async function saveBuffer(
  db: Db,
  store: FileStore,
  file: { buffer: Buffer; filename: string },
  meta: { regionCode: string | null; uploadedBy: string | null },
) {
  const { buffer } = file;
  if (buffer.length > MAX_UPLOAD_BYTES) throw new AppError("file_too_large");
  const detected = await fileTypeFromBuffer(buffer);
  if (!detected || !ALLOWED.has(detected.mime)) {
    throw new AppError("file_type_not_allowed", { detected: detected?.mime ?? null, name: file.filename });
  }
  const id = randomUUID();
  await mkdir(store.dir, { recursive: true });
  const tmp = path.join(store.dir, `${id}.part`);
  await writeFile(tmp, buffer, { mode: 0o600 });
  await rename(tmp, path.join(store.dir, id));
  try {
    const [row] = await db
      .insert(storedFile)
      .values({
        id,
        originalName: path.basename(file.filename || `berkas.${detected.ext}`).slice(0, 200),
        mimeType: detected.mime,
        size: buffer.length,
        sha256: createHash("sha256").update(buffer).digest("hex"),
        regionCode: meta.regionCode,
        uploadedBy: meta.uploadedBy,
      })
      .returning();
    if (!row) throw new Error("file insert returned nothing");
    return row;
  } catch (err) {
    await rm(path.join(store.dir, id), { force: true });
    throw err;
  }
}

export type StoredFileRow = typeof storedFile.$inferSelect;

/** A stored file's row and a stream of its bytes. */
export async function openStoredFile(db: Db, store: FileStore, id: string) {
  const [row] = await db.select().from(storedFile).where(eq(storedFile.id, id));
  if (!row) throw new AppError("file_not_found", { id });
  const file = path.join(store.dir, row.id);
  await stat(file).catch(() => {
    throw new AppError("file_not_found", { id });
  });
  return { row, stream: createReadStream(file) };
}
