import type { FastifyRequest } from "fastify";
import { FEEDBACK_LIMITS, SendFeedback } from "../../../domain/feedback";
import { AppError } from "../../errors";

const invalid = (issues: Array<{ path: string; message: string }>) => new AppError("validation_failed", { issues });

/**
 * The public form's fields and optional photo, from multipart/form-data (what the page sends) or
 * JSON (API clients, no photo). The photo is read into memory bounded by its 5 MB limit, so an
 * oversized one is refused before it is fully received and nothing is stored.
 */
export async function readFeedbackForm(req: FastifyRequest): Promise<{ input: SendFeedback; photo: Buffer | null }> {
  let fields: Record<string, unknown> = {};
  let photo: Buffer | null = null;
  if (req.isMultipart()) {
    const parts = req.parts({ limits: { fileSize: FEEDBACK_LIMITS.photoMaxBytes, files: 1, fields: 10 } });
    for await (const part of parts) {
      if (part.type === "file") {
        const buffer = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === "FST_REQ_FILE_TOO_LARGE")
            throw new AppError("photo_too_large", { maxBytes: FEEDBACK_LIMITS.photoMaxBytes });
          throw err;
        });
        if (part.file.truncated) throw new AppError("photo_too_large", { maxBytes: FEEDBACK_LIMITS.photoMaxBytes });
        if (part.fieldname !== "photo")
          throw invalid([{ path: `body.${part.fieldname}`, message: 'Hanya satu berkas, pada kolom "photo"' }]);
        // A browser sends an empty file part when no photo was chosen.
        if (buffer.length > 0) photo = buffer;
      } else {
        fields[part.fieldname] = part.value;
      }
    }
  } else {
    fields = (req.body as Record<string, unknown> | undefined) ?? {};
  }
  const parsed = SendFeedback.safeParse(fields);
  if (!parsed.success)
    throw invalid(
      parsed.error.issues.map((i) => ({ path: ["body", ...i.path.map(String)].join("."), message: i.message })),
    );
  return { input: parsed.data, photo };
}
