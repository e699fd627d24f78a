import type { z } from "zod";

/**
 * What a NumberInput holds as a number: null when empty, NaN when it is text that is not a
 * number (so the schema says so instead of the value being dropped as if empty).
 */
export function numberOrNull(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** The first message of each field of a failed zod check, keyed by the dotted path ("targets.0.value"). */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}
