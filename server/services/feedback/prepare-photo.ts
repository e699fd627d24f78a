import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { FEEDBACK_LIMITS } from "../../../domain/feedback";
import { AppError } from "../../errors";

const PHOTO_TYPES = ["image/jpeg", "image/png"];
// A 5 MB file can still claim a huge canvas (a decompression bomb): refuse before decoding it.
const MAX_INPUT_PIXELS = 50_000_000;

export type PreparedPhoto = { buffer: Buffer; ext: "jpg" | "png"; width: number; height: number };

/**
 * Checks a citizen's photo by its bytes (JPEG or PNG, at most 5 MB, decodable as a whole) and
 * re-encodes it: turned upright, scaled to fit 2048 px, and written without any metadata, so the
 * camera's GPS position, device and owner never reach the platform's disk.
 */
export async function preparePhoto(buffer: Buffer): Promise<PreparedPhoto> {
  if (buffer.length > FEEDBACK_LIMITS.photoMaxBytes)
    throw new AppError("photo_too_large", { size: buffer.length, maxBytes: FEEDBACK_LIMITS.photoMaxBytes });
  const detected = await fileTypeFromBuffer(buffer);
  if (!detected || !PHOTO_TYPES.includes(detected.mime))
    throw new AppError("file_type_not_allowed", { detected: detected?.mime ?? null, allowed: PHOTO_TYPES });
  const side = FEEDBACK_LIMITS.photoMaxSide;
  try {
    // sharp writes no EXIF, XMP, IPTC or ICC data unless asked to keep it (keepMetadata/withMetadata).
    const image = sharp(buffer, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true });
    const png = detected.mime === "image/png";
    const { data, info } = await (png
      ? image.png({ compressionLevel: 9 })
      : image.jpeg({ quality: 85, mozjpeg: true })
    ).toBuffer({ resolveWithObject: true });
    return { buffer: data, ext: png ? "png" : "jpg", width: info.width, height: info.height };
  } catch {
    throw new AppError("photo_unreadable", { detected: detected.mime });
  }
}
