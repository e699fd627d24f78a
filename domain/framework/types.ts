import { z } from "zod";
import { ChapterKey } from "../masterplan-chapters";

/** One element of a dimension (e.g. "Pelayanan Publik" under Smart Governance). */
export const ElementDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  tag: z.string().min(1).describe("Label singkat yang dipakai di evaluasi"),
});

/** A smart-city dimension with its ordered elements. */
export const DimensionDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionId: z.string().min(1),
  descriptionEn: z.string().min(1),
  elements: z.array(ElementDef).min(1),
});

/**
 * A deliverable a region hands in at a Bimtek stage; `covers` names the masterplan chapters
 * it drafts, so the stage can show how far those chapters are.
 */
export const DeliverableDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  required: z.boolean(),
  covers: z.array(ChapterKey).max(20),
});

/** One Bimtek stage (I–IV) with its deliverables. */
export const StageDef = z.object({
  number: z.number().int().min(1),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  focusId: z.string().min(1),
  focusEn: z.string().min(1),
  deliverables: z.array(DeliverableDef).min(1),
});

/** A versioned framework: dimensions, elements and Bimtek stages as data. */
export const FrameworkDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  name: z.string().min(1),
  descriptionId: z.string().min(1),
  descriptionEn: z.string().min(1),
  dimensions: z.array(DimensionDef).min(1),
  stages: z.array(StageDef).min(1),
});
export type FrameworkDef = z.infer<typeof FrameworkDef>;

/** Problems in a framework definition beyond its shape: duplicate codes, gaps in stage numbers. */
export function frameworkProblems(f: FrameworkDef): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const once = (code: string) => {
    if (seen.has(code)) problems.push(`kode ganda: ${code}`);
    seen.add(code);
  };
  for (const d of f.dimensions) {
    once(d.code);
    for (const e of d.elements) {
      once(e.code);
      if (!e.code.startsWith(`${d.code}.`)) problems.push(`elemen ${e.code} tidak berawalan ${d.code}.`);
    }
  }
  f.stages.forEach((s, i) => {
    if (s.number !== i + 1) problems.push(`tahap ke-${i + 1} bernomor ${s.number}`);
    for (const dl of s.deliverables) {
      once(`stage-${s.number}.${dl.code}`);
      if (new Set(dl.covers).size !== dl.covers.length) problems.push(`bab ganda pada ${dl.code}`);
    }
  });
  return problems;
}

/** Roman numeral of a Bimtek stage number ("Bimtek III"). */
export function romanStage(n: number): string {
  const numerals: Array<[number, string]> = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [v, s] of numerals) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The masterplan chapters a deliverable of a framework version covers; none when the framework or deliverable is unknown. */
export function deliverableCovers(
  frameworks: readonly FrameworkDef[],
  at: { code: string; version: string; stage: number; deliverable: string },
): ChapterKey[] {
  const f = frameworks.find((x) => x.code === at.code && x.version === at.version);
  const stage = f?.stages.find((s) => s.number === at.stage);
  return [...(stage?.deliverables.find((d) => d.code === at.deliverable)?.covers ?? [])];
}
