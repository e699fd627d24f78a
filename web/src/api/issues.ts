import { ApiError } from "./client";

/** Every field issue of a 422 answer with its full path ("body.numbers.0.regionNumber"), for forms with rows. */
export function fieldIssues(error: unknown): Array<{ path: string[]; message: string }> {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue) => {
    const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") return [];
    return [{ path: path.replace(/^(body|query|params)\.?/, "").split("."), message }];
  });
}
