/**
 * Evaluation schemes of the yearly GMSC evaluation, as versioned data (DESIGN §2 step 7, §3).
 *
 * A scheme names five result dimensions — Baseline, Output, Outcome, Impact, Quick Win —
 * with weights summing to 100, a score scale, and the smart-city dimensions of the framework
 * it evaluates. Its items are the grid smart-city dimension × result dimension: an assessor
 * scores, for instance, the Outcome of Smart Governance. The ministry changed the weights
 * between years; each weighting is its own scheme version, stored in `evaluation_scheme` and
 * edited by the program office (the 2021 and 2022 schemes ship with the reference seed, see
 * server/db/seed/evaluation-schemes.ts). A scheme's smart-city dimensions are its framework's.
 *
 * A round copies its scheme when it is created, so a later correction of the scheme never
 * changes a round that already exists, and results are stored at publication.
 */
import { z } from "zod";

/** The five result dimensions of the evaluation, in their fixed order. */
export const RESULT_DIMENSIONS = ["baseline", "output", "outcome", "impact", "quick_win"] as const;
export const ResultDimension = z.enum(RESULT_DIMENSIONS);
export type ResultDimension = z.infer<typeof ResultDimension>;

const Label = z.object({ id: z.string().min(1), en: z.string().min(1) });

/** The score scale: whole steps from min to max, each step with a label. */
export const ScaleDef = z
  .object({
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    labels: z.array(Label.extend({ value: z.number() })),
  })
  .refine((s) => s.max > s.min, { message: "Nilai maksimum skala harus lebih besar dari minimum" });
export type ScaleDef = z.infer<typeof ScaleDef>;

export const ResultDimensionDef = z.object({
  code: ResultDimension,
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionId: z.string().min(1),
  descriptionEn: z.string().min(1),
  weight: z.number().positive(),
});
export type ResultDimensionDef = z.infer<typeof ResultDimensionDef>;

export const SmartDimensionDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
});
export type SmartDimensionDef = z.infer<typeof SmartDimensionDef>;

/** One scored item: a result dimension of a smart-city dimension, with guidance for both sides. */
export const SchemeItemDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+\.[a-z_]+$/),
  smartDimension: z.string(),
  resultDimension: ResultDimension,
  textId: z.string().min(1),
  textEn: z.string().min(1),
});
export type SchemeItemDef = z.infer<typeof SchemeItemDef>;

/** A versioned evaluation scheme; rounds keep a copy of the one they use. */
export const SchemeDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  year: z.number().int().min(2017),
  name: z.string().min(1),
  frameworkCode: z.string().min(1),
  scale: ScaleDef,
  resultDimensions: z.array(ResultDimensionDef).min(1),
  smartDimensions: z.array(SmartDimensionDef).min(1),
  items: z.array(SchemeItemDef).min(1),
});
export type SchemeDef = z.infer<typeof SchemeDef>;

/** The key a round stores to name its scheme: "gmsc-evaluasi@2022". */
export const schemeKey = (s: { code: string; version: string }) => `${s.code}@${s.version}`;

/** One problem of a scheme with the path of the field it is about (["items", 3, "smartDimension"]). */
export type SchemeIssue = { path: Array<string | number>; message: string };

type SchemeBody = Pick<SchemeDef, "scale" | "resultDimensions" | "items">;

/**
 * Problems beyond the shape, each with its field path: weights not summing to 100, duplicate
 * codes, items over a smart-city dimension not in `smartDimensions` (the framework's), gaps in the
 * grid (both only when those are given), and a scale whose labels are off its steps.
 */
export function schemeIssues(s: SchemeBody, smartDimensions?: readonly string[]): SchemeIssue[] {
  const issues: SchemeIssue[] = [];
  const total = s.resultDimensions.reduce((a, r) => a + r.weight, 0);
  if (Math.abs(total - 100) > 1e-9)
    issues.push({ path: ["resultDimensions"], message: `jumlah bobot ${total}, seharusnya 100` });
  const results = new Set<string>();
  s.resultDimensions.forEach((r, ri) => {
    if (results.has(r.code))
      issues.push({ path: ["resultDimensions", ri, "code"], message: `dimensi hasil ganda: ${r.code}` });
    results.add(r.code);
  });
  const smart = new Set(smartDimensions ?? s.items.map((i) => i.smartDimension));
  // Without the framework's dimensions an item over a wrong one would read as gaps: the grid waits for them.
  const framework = smartDimensions !== undefined;
  const seen = new Set<string>();
  s.items.forEach((item, ii) => {
    if (seen.has(item.code)) issues.push({ path: ["items", ii, "code"], message: `kode butir ganda: ${item.code}` });
    seen.add(item.code);
    if (!smart.has(item.smartDimension))
      issues.push({
        path: ["items", ii, "smartDimension"],
        message: `butir ${item.code}: dimensi ${item.smartDimension} tidak dikenal`,
      });
    if (!results.has(item.resultDimension))
      issues.push({
        path: ["items", ii, "resultDimension"],
        message: `butir ${item.code}: dimensi hasil ${item.resultDimension} tidak ada di skema`,
      });
  });
  for (const d of framework ? smart : [])
    for (const r of results)
      if (!s.items.some((i) => i.smartDimension === d && i.resultDimension === r))
        issues.push({ path: ["items"], message: `tidak ada butir untuk ${d} × ${r}` });
  issues.push(...scaleIssues(s.scale));
  return issues;
}

function scaleIssues(scale: ScaleDef): SchemeIssue[] {
  const issues: SchemeIssue[] = [];
  const onStep = (v: number) => {
    const k = (v - scale.min) / scale.step;
    return Math.abs(k - Math.round(k)) <= 1e-9;
  };
  if (!onStep(scale.max)) issues.push({ path: ["scale", "step"], message: "rentang skala bukan kelipatan langkahnya" });
  const values = new Set<number>();
  scale.labels.forEach((l, li) => {
    if (l.value < scale.min || l.value > scale.max || !onStep(l.value))
      issues.push({ path: ["scale", "labels", li, "value"], message: `nilai ${l.value} tidak ada pada skala` });
    else if (values.has(l.value))
      issues.push({ path: ["scale", "labels", li, "value"], message: `label ganda untuk nilai ${l.value}` });
    values.add(l.value);
  });
  return issues;
}

/** Problems beyond the shape of a whole scheme (its own smart-city dimensions), as messages. */
export function schemeProblems(s: SchemeDef): string[] {
  const codes = s.smartDimensions.map((d) => d.code);
  const dup = new Set(codes).size !== codes.length ? ["dimensi smart city ganda"] : [];
  return [...dup, ...schemeIssues(s, codes).map((i) => i.message)];
}
