import { z } from "zod";
import { GovernanceKind } from "../governance";
import { ChapterKey } from "../masterplan-chapters";

// Names and descriptions: blanks are empty too.
const Text = (max: number) => z.string().trim().min(1).max(max);

/** One element of a dimension (e.g. "Pelayanan Publik" under Smart Governance). */
export const ElementDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  nameId: Text(200),
  nameEn: Text(200),
  tag: Text(100).describe("Label singkat yang dipakai di evaluasi"),
});

/** A smart-city dimension with its ordered elements. */
export const DimensionDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  nameId: Text(200),
  nameEn: Text(200),
  descriptionId: Text(4000),
  descriptionEn: Text(4000),
  elements: z.array(ElementDef).min(1).max(50),
});

/**
 * A deliverable a region hands in at a Bimtek stage; `covers` names the masterplan chapters
 * it drafts, so the stage can show how far those chapters are.
 */
export const DeliverableDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  nameId: Text(200),
  nameEn: Text(200),
  required: z.boolean(),
  covers: z.array(ChapterKey).max(20),
});

/** One Bimtek stage (I–IV) with its deliverables. */
export const StageDef = z.object({
  number: z.number().int().min(1).max(20),
  nameId: Text(200),
  nameEn: Text(200),
  focusId: Text(2000),
  focusEn: Text(2000),
  deliverables: z.array(DeliverableDef).min(1).max(50),
});

/** A smart-city body the framework names; `required` ones are checked before a plan goes to review. */
export const GovernanceBodyDef = z.object({
  kind: GovernanceKind,
  nameId: Text(200),
  nameEn: Text(200),
  required: z.boolean(),
});
export type GovernanceBodyDef = z.infer<typeof GovernanceBodyDef>;

/** A versioned framework: dimensions, elements, Bimtek stages and the bodies a plan must have, as data. */
export const FrameworkDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  version: Text(40),
  name: Text(200),
  descriptionId: Text(4000),
  descriptionEn: Text(4000),
  dimensions: z.array(DimensionDef).min(1).max(30),
  stages: z.array(StageDef).min(1).max(20),
  governanceBodies: z.array(GovernanceBodyDef).max(10).default([]),
});
export type FrameworkDef = z.infer<typeof FrameworkDef>;

/** One problem of a framework definition with the path of the field it is about. */
export type FrameworkIssue = { path: Array<string | number>; message: string };

/** Problems in a framework definition beyond its shape (duplicate codes, misplaced elements, gaps in stage numbers), each with its field path. */
export function frameworkIssues(f: FrameworkDef): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const seen = new Set<string>();
  const once = (code: string, path: Array<string | number>) => {
    if (seen.has(code)) issues.push({ path, message: `kode ganda: ${code}` });
    seen.add(code);
  };
  f.dimensions.forEach((d, di) => {
    once(d.code, ["dimensions", di, "code"]);
    d.elements.forEach((e, ei) => {
      const path = ["dimensions", di, "elements", ei, "code"];
      once(e.code, path);
      if (!e.code.startsWith(`${d.code}.`))
        issues.push({ path, message: `elemen ${e.code} tidak berawalan ${d.code}.` });
    });
  });
  const kinds = new Set<string>();
  f.governanceBodies.forEach((b, bi) => {
    if (kinds.has(b.kind)) issues.push({ path: ["governanceBodies", bi, "kind"], message: `lembaga ganda: ${b.kind}` });
    kinds.add(b.kind);
  });
  f.stages.forEach((s, si) => {
    if (s.number !== si + 1)
      issues.push({ path: ["stages", si, "number"], message: `tahap ke-${si + 1} bernomor ${s.number}` });
    s.deliverables.forEach((dl, di) => {
      once(`stage-${s.number}.${dl.code}`, ["stages", si, "deliverables", di, "code"]);
      if (new Set(dl.covers).size !== dl.covers.length)
        issues.push({ path: ["stages", si, "deliverables", di, "covers"], message: `bab ganda pada ${dl.code}` });
    });
  });
  return issues;
}

/** Problems in a framework definition beyond its shape, as messages. */
export function frameworkProblems(f: FrameworkDef): string[] {
  return frameworkIssues(f).map((i) => i.message);
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
