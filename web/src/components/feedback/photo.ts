import { FEEDBACK_LIMITS } from "../../../../domain/feedback";

export const PHOTO_TYPES = ["image/jpeg", "image/png"] as const;

/** Why a photo cannot be sent (checked in the browser before sending; the server checks again), or null. */
export function photoProblem(file: File | null): "type" | "size" | null {
  if (!file) return null;
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return "type";
  if (file.size > FEEDBACK_LIMITS.photoMaxBytes) return "size";
  return null;
}
