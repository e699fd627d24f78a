import { ApiError } from "../../api/client";

/** A weight as a number input holds it: a number, or the text while it is being typed or cleared. */
export type WeightValue = number | string;

/** The sum of the weights, counting an empty or unreadable field as 0. */
export function weightTotal(weights: Record<string, WeightValue>): number {
  const total = Object.values(weights).reduce<number>((sum, w) => sum + (Number(w) || 0), 0);
  // 33.3 + 33.3 + 33.4 must read as 100, not 99.99999999999999.
  return Math.round(total * 1e6) / 1e6;
}

/** Whether the weights add up to 100. */
export const weightsComplete = (weights: Record<string, WeightValue>) => Math.abs(weightTotal(weights) - 100) < 1e-6;

/**
 * The messages of a 422 answer keyed by their whole path without "body.":
 * "body.items.3.textId" → "items.3.textId", so the form can mark the very field.
 */
export function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return {};
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return {};
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (typeof issue !== "object" || issue === null) continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") continue;
    const key = path.replace(/^(body|query|params)\.?/, "") || "_";
    out[key] ??= message;
  }
  return out;
}

/** The messages whose path the form does not show next to a field, for a list under it. */
export function unplacedIssues(issues: Record<string, string>, placed: (path: string) => boolean): string[] {
  return Object.entries(issues)
    .filter(([path]) => !placed(path))
    .map(([path, message]) => (path === "_" ? message : `${path}: ${message}`));
}

/** A scheme code as the server accepts it: lower-case letters, digits and hyphens. */
export const validSchemeCode = (code: string) => /^[a-z0-9-]+$/.test(code);

/** A year a scheme may hold. */
export const validSchemeYear = (year: WeightValue) => {
  const y = Number(year);
  return year !== "" && Number.isInteger(y) && y >= 2017 && y <= 2100;
};
