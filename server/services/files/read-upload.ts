import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../../errors";

const missing = (field: string) =>
  new AppError("validation_failed", {
    issues: [{ path: `body.${field}`, message: `Kirim berkas sebagai multipart/form-data pada kolom "${field}"` }],
  });

/**
 * Reads the one file of a multipart request into memory (bounded by the multipart limit)
 * before any transaction starts: a slow upload must never hold a database transaction open.
 * `saveUpload` later reuses the buffered bytes.
 */
export async function readUpload(req: FastifyRequest, field = "file"): Promise<MultipartFile & { buffer: Buffer }> {
  if (!req.isMultipart()) throw missing(field);
  const part = await req.file();
  if (!part || part.fieldname !== field) throw missing(field);
  const buffer = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === "FST_REQ_FILE_TOO_LARGE") throw new AppError("file_too_large");
    throw err;
  });
  if (part.file.truncated) throw new AppError("file_too_large");
  return Object.assign(part, { buffer });
}

/** Refuses an upload whose bytes are not one of the given types, whatever its name says. */
export async function requireFileType(part: { buffer: Buffer; filename: string }, allowed: readonly string[]) {
  const detected = await fileTypeFromBuffer(part.buffer);
  if (!detected || !allowed.includes(detected.mime))
    throw new AppError("file_type_not_allowed", { detected: detected?.mime ?? null, name: part.filename, allowed });
}
