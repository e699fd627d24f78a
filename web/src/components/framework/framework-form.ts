import type { TFunction } from "i18next";
import { FrameworkInput } from "../../../../domain/framework/editor";
import type { FrameworkDetail } from "../../../../domain/framework/schemas";
import type { FrameworkDef } from "../../../../domain/framework/types";

type Uid = { uid: string };
type DimensionDef = FrameworkDef["dimensions"][number];
type StageDef = FrameworkDef["stages"][number];
export type ElementForm = DimensionDef["elements"][number] & Uid;
export type DimensionForm = Omit<DimensionDef, "elements"> & Uid & { elements: ElementForm[] };
export type DeliverableForm = StageDef["deliverables"][number] & Uid;
export type StageForm = Omit<StageDef, "deliverables"> & Uid & { deliverables: DeliverableForm[] };
export type GovernanceBodyForm = FrameworkDef["governanceBodies"][number] & Uid;
/** The editor's copy of a framework: the definition, each list item with a key that survives reordering. */
export type FrameworkForm = Omit<FrameworkDef, "dimensions" | "stages" | "governanceBodies"> & {
  dimensions: DimensionForm[];
  stages: StageForm[];
  governanceBodies: GovernanceBodyForm[];
};
/** Field messages keyed by the definition's path: "dimensions.1.elements.0.code". */
export type FieldErrors = Record<string, string>;

let next = 0;
/** A key for a list item, unique in this page's life. */
export const newUid = () => `k${++next}`;

const byOrder = <T extends { order: number }>(items: T[]) => [...items].sort((a, b) => a.order - b.order);

/** The editable form of a framework as the API returns it. */
export function formOf(f: FrameworkDetail): FrameworkForm {
  const {
    id: _id,
    isDefault: _d,
    status: _s,
    revision: _r,
    dimensionCount: _dc,
    elementCount: _ec,
    stageCount: _sc,
    ...rest
  } = f;
  return {
    ...rest,
    dimensions: byOrder(f.dimensions).map(({ id: _i, order: _o, elements, ...d }) => ({
      ...d,
      uid: newUid(),
      elements: byOrder(elements).map(({ id: _ei, order: _eo, ...e }) => ({ ...e, uid: newUid() })),
    })),
    stages: [...f.stages]
      .sort((a, b) => a.number - b.number)
      .map(({ id: _i, deliverables, ...s }) => ({
        ...s,
        uid: newUid(),
        deliverables: byOrder(deliverables).map(({ id: _di, order: _do, ...dl }) => ({ ...dl, uid: newUid() })),
      })),
    governanceBodies: (f.governanceBodies ?? []).map((b) => ({ ...b, uid: newUid() })),
  };
}

const stripUid = <T extends Uid>({ uid: _u, ...rest }: T) => rest;

/** The definition the API takes: list keys dropped, stages numbered by their place. */
export function defOf(form: FrameworkForm): FrameworkDef {
  return {
    ...form,
    dimensions: form.dimensions.map((d) => ({ ...stripUid(d), elements: d.elements.map(stripUid) })),
    stages: form.stages.map((s, i) => ({ ...stripUid(s), number: i + 1, deliverables: s.deliverables.map(stripUid) })),
    governanceBodies: form.governanceBodies.map(stripUid),
  };
}

/** The list with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/** The list with the item at `index` replaced. */
export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((x, i) => (i === index ? item : x));

/** The list without the item at `index`. */
export const removeAt = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

/** Renames a dimension's code and moves its elements' codes that carried the old prefix to the new one. */
export function recodeDimension(d: DimensionForm, code: string): DimensionForm {
  const old = `${d.code}.`;
  return {
    ...d,
    code,
    elements: d.elements.map((e) =>
      e.code.startsWith(old) ? { ...e, code: `${code}.${e.code.slice(old.length)}` } : e,
    ),
  };
}

type IssueLike = { code?: string; path: PropertyKey[]; message: string; origin?: string };

function clientMessage(issue: IssueLike, t: TFunction): string {
  const path = issue.path.map(String);
  if (issue.code === "custom") return issue.message;
  if (issue.code === "too_small")
    return issue.origin === "array" ? t("frameworkEdit.errors.atLeastOne") : t("frameworkEdit.errors.required");
  if (issue.code === "too_big") return t("frameworkEdit.errors.tooLong");
  if (issue.code === "invalid_format")
    return path.includes("elements") && path.at(-1) === "code"
      ? t("frameworkEdit.errors.elementCodeFormat")
      : t("frameworkEdit.errors.codeFormat");
  return t("frameworkEdit.errors.invalid");
}

/** The definition's problems found before sending, in the same paths the API would answer with. */
export function checkDef(def: FrameworkDef, t: TFunction): FieldErrors {
  const parsed = FrameworkInput.safeParse(def);
  if (parsed.success) return {};
  const out: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] ??= clientMessage(issue as IssueLike, t);
  }
  return out;
}

/** The API's 422 issues keyed by definition path ("body.stages.0.nameId" → "stages.0.nameId"). */
export function serverErrors(error: unknown): FieldErrors {
  // Read by shape, not by class, so this file stays free of the API client (and of the browser).
  const failure = error as { code?: unknown; details?: { issues?: Array<{ path?: unknown; message?: unknown }> } };
  if (typeof error !== "object" || error === null || failure.code !== "validation_failed") return {};
  const issues = failure.details?.issues;
  const out: FieldErrors = {};
  for (const issue of issues ?? []) {
    if (typeof issue.path !== "string" || typeof issue.message !== "string") continue;
    out[issue.path.replace(/^body\.?/, "") || "_"] ??= issue.message;
  }
  return out;
}

/** The message of one field, by its path parts. */
export const errorAt = (errors: FieldErrors, ...path: Array<string | number>) => errors[path.join(".")];
