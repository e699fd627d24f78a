import { INSTRUMENT_WEIGHT_TOTAL, type InstrumentDef, InstrumentInput } from "../../../../domain/instruments/editor";
import type { InstrumentDetail } from "../../../../domain/instruments/schemas";

/** A criterion as the form holds it: the weight may be mid-typing. */
export type CriterionDraft = Omit<InstrumentDef["criteria"][number], "weight"> & {
  key: string;
  weight: number | string;
};
export type InstrumentDraft = Omit<InstrumentDef, "criteria" | "scale"> & {
  scaleMin: number | string;
  scaleMax: number | string;
  criteria: CriterionDraft[];
};

let nextKey = 0;
/** A stable React key for a row that has no id yet. */
export const newKey = () => `c${++nextKey}`;

/** The form's starting values from a stored instrument. */
export function draftOf(i: InstrumentDetail): InstrumentDraft {
  return {
    code: i.code,
    version: i.version,
    name: i.name,
    scaleMin: i.scale.min,
    scaleMax: i.scale.max,
    criteria: i.criteria.map(({ code, lens, textId, textEn, weight }) => ({
      key: newKey(),
      code,
      lens,
      textId,
      textEn,
      weight,
    })),
  };
}

const num = (v: number | string) => (typeof v === "number" ? v : v.trim() === "" ? Number.NaN : Number(v));

/** The body the API takes (not yet validated). */
export function defOf(d: InstrumentDraft): InstrumentDef {
  return {
    code: d.code,
    version: d.version,
    name: d.name,
    scale: { min: num(d.scaleMin), max: num(d.scaleMax) },
    criteria: d.criteria.map(({ key: _k, weight, ...c }) => ({ ...c, weight: num(weight) })),
  };
}

/** The weights typed so far; what is not a number counts as 0. */
export function weightTotal(d: InstrumentDraft): number {
  return d.criteria.reduce((sum, c) => sum + (Number.isFinite(num(c.weight)) ? num(c.weight) : 0), 0);
}

export const totalIsRight = (d: InstrumentDraft) => weightTotal(d) === INSTRUMENT_WEIGHT_TOTAL;

/** Field errors keyed by path ("criteria.2.code", "criteria", "scale.max"), from the domain schema. */
export function validateDraft(d: InstrumentDraft): { def: InstrumentDef | null; errors: Record<string, string> } {
  const parsed = InstrumentInput.safeParse(defOf(d));
  if (parsed.success) return { def: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return { def: null, errors };
}

/** Field errors of the server's 422, keyed like validateDraft's ("body.criteria.0.code" → "criteria.0.code"). */
export function serverFieldErrors(cause: unknown): Record<string, string> {
  // Read structurally: the API client pulls in i18n (and the DOM), which this pure module does without.
  const err = cause as { code?: unknown; details?: unknown } | null;
  if (typeof err !== "object" || err === null || err.code !== "validation_failed") return {};
  const issues = (err.details as { issues?: Array<{ path?: unknown; message?: unknown }> } | undefined)?.issues;
  const errors: Record<string, string> = {};
  for (const issue of issues ?? []) {
    if (typeof issue.path !== "string" || typeof issue.message !== "string") continue;
    errors[issue.path.replace(/^body\.?/, "") || "_"] ??= issue.message;
  }
  return errors;
}
