/**
 * Scores of one region in one evaluation round, from its assessors' item scores.
 *
 * Notation: the scheme's items are the grid smart-city dimension d × result dimension r;
 * wᵣ is the weight of r (the weights sum to 100, but nothing below relies on that).
 *
 * 1. Only assessors who scored every item of the scheme count ("complete"); a partial
 *    score sheet is ignored, not averaged in.
 * 2. Item score      s(d,r) = mean of the complete assessors' scores of the item.
 * 3. Result score    R(r)   = mean over the smart-city dimensions d of s(d,r).
 * 4. Dimension score D(d)   = Σᵣ wᵣ·s(d,r) / Σᵣ wᵣ   (the weighted profile of one dimension).
 * 5. Achievement index I    = Σᵣ wᵣ·R(r) / Σᵣ wᵣ, which equals the mean of D(d) over d.
 *
 * Everything stays on the scheme's scale (1–5: an index of 3.10 reads "partly delivered,
 * leaning to delivered"). Published values are rounded half away from zero to two decimals,
 * the precision in which the ministry announces indices; ranks compare those rounded values.
 * With no complete assessor every score is null and the region is left unranked.
 */
import type { ResultDimension, ScaleDef, SchemeDef } from "./schemes";

/** One assessor's score of one item. */
export type ItemScore = { itemCode: string; assessorId: string; score: number };

/** Rounds half away from zero to two decimals (3.125 → 3.13, −0.125 → −0.13). */
export function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100;
}

/** Why a value is not a valid score on the scale, in Indonesian; null when it is valid. */
export function scoreProblem(scale: Pick<ScaleDef, "min" | "max" | "step">, value: number): string | null {
  if (!Number.isFinite(value)) return "Nilai harus berupa angka";
  if (value < scale.min || value > scale.max) return `Nilai harus antara ${scale.min} dan ${scale.max}`;
  const steps = (value - scale.min) / scale.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) return `Nilai harus kelipatan ${scale.step} dari ${scale.min}`;
  return null;
}

/** Problems of a batch of scores against a scheme: unknown items, values off the scale, an item twice. */
export function scoreInputProblems(
  scheme: Pick<SchemeDef, "scale" | "items">,
  entries: Array<{ itemCode: string; score: number }>,
): Array<{ index: number; field: "itemCode" | "score"; message: string }> {
  const known = new Set(scheme.items.map((i) => i.code));
  const seen = new Set<string>();
  const out: Array<{ index: number; field: "itemCode" | "score"; message: string }> = [];
  entries.forEach((e, index) => {
    if (!known.has(e.itemCode)) out.push({ index, field: "itemCode", message: "Butir penilaian tidak dikenal" });
    else if (seen.has(e.itemCode)) out.push({ index, field: "itemCode", message: "Butir ini dinilai dua kali" });
    seen.add(e.itemCode);
    const problem = scoreProblem(scheme.scale, e.score);
    if (problem) out.push({ index, field: "score", message: problem });
  });
  return out;
}

/** Assessors who scored every item of the scheme. */
export function completeAssessors(scheme: Pick<SchemeDef, "items">, scores: ItemScore[]): string[] {
  const byAssessor = new Map<string, Set<string>>();
  for (const s of scores) {
    const set = byAssessor.get(s.assessorId) ?? new Set<string>();
    set.add(s.itemCode);
    byAssessor.set(s.assessorId, set);
  }
  return [...byAssessor.entries()]
    .filter(([, items]) => scheme.items.every((i) => items.has(i.code)))
    .map(([id]) => id)
    .sort();
}

export type EvaluationScores = {
  /** Number of complete assessors the scores are the mean of. */
  assessors: number;
  /** s(d,r) per item code. */
  items: Record<string, number>;
  /** R(r) per result dimension. */
  results: Partial<Record<ResultDimension, number>>;
  /** D(d) per smart-city dimension code. */
  dimensions: Record<string, number>;
  /** I, the achievement index; null without a complete assessor. */
  index: number | null;
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Item, result-dimension and smart-city-dimension scores and the index, rounded to two decimals (see the header). */
export function evaluationScores(
  scheme: Pick<SchemeDef, "items" | "resultDimensions" | "smartDimensions">,
  scores: ItemScore[],
): EvaluationScores {
  const complete = new Set(completeAssessors(scheme, scores));
  const empty: EvaluationScores = { assessors: 0, items: {}, results: {}, dimensions: {}, index: null };
  if (complete.size === 0) return empty;
  const raw = new Map<string, number>();
  for (const item of scheme.items) {
    const values = scores.filter((s) => s.itemCode === item.code && complete.has(s.assessorId)).map((s) => s.score);
    raw.set(item.code, mean(values));
  }
  const itemOf = (d: string, r: ResultDimension) =>
    scheme.items.find((i) => i.smartDimension === d && i.resultDimension === r);
  const totalWeight = scheme.resultDimensions.reduce((a, r) => a + r.weight, 0);
  const results: Partial<Record<ResultDimension, number>> = {};
  const rawResults = new Map<ResultDimension, number>();
  for (const r of scheme.resultDimensions) {
    const values = scheme.items.filter((i) => i.resultDimension === r.code).map((i) => raw.get(i.code) as number);
    rawResults.set(r.code, mean(values));
    results[r.code] = round2(mean(values));
  }
  const dimensions: Record<string, number> = {};
  for (const d of scheme.smartDimensions) {
    let weighted = 0;
    let weights = 0;
    for (const r of scheme.resultDimensions) {
      const item = itemOf(d.code, r.code);
      if (!item) continue;
      weighted += r.weight * (raw.get(item.code) as number);
      weights += r.weight;
    }
    if (weights > 0) dimensions[d.code] = round2(weighted / weights);
  }
  const index = scheme.resultDimensions.reduce((a, r) => a + r.weight * (rawResults.get(r.code) as number), 0);
  return {
    assessors: complete.size,
    items: Object.fromEntries([...raw.entries()].map(([k, v]) => [k, round2(v)])),
    results,
    dimensions,
    index: round2(index / totalWeight),
  };
}
