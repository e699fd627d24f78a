/** The SQLSTATE of a database error (e.g. "23505"), on pg and PGlite alike, also when wrapped by Drizzle. */
export function databaseErrorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether a database error is a unique violation (23505). */
export const isUniqueViolation = (err: unknown): boolean => databaseErrorCode(err) === "23505";
