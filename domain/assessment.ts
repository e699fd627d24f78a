import { z } from "zod";

/** Lenses of the readiness instrument; nature and culture are optional extras. */
export const LENSES = ["struktur", "infrastruktur", "suprastruktur", "alam", "budaya"] as const;
export const Lens = z.enum(LENSES);
export type Lens = z.infer<typeof Lens>;

export type Criterion = { id: number; lens: Lens; weight: number };
export type Scale = { min: number; max: number };

/** One assessor's score on one criterion. */
export type CriterionScore = { criterionId: number; assessorId: string; score: number };

/**
 * Weighted readiness score of one assessor, 0–100: Σ wᵢ·(sᵢ−min)/(max−min) / Σ wᵢ × 100
 * over the criteria they scored. Null when they scored nothing.
 */
export function weightedScore(criteria: Criterion[], scores: CriterionScore[], scale: Scale): number | null {
  let weighted = 0;
  let weights = 0;
  const span = scale.max - scale.min;
  for (const s of scores) {
    const c = criteria.find((x) => x.id === s.criterionId);
    if (!c || span <= 0) continue;
    weighted += c.weight * ((s.score - scale.min) / span);
    weights += c.weight;
  }
  return weights === 0 ? null : (weighted / weights) * 100;
}

/** Whether an assessor scored every criterion of the instrument. */
export function isComplete(criteria: Criterion[], scores: CriterionScore[]): boolean {
  const scored = new Set(scores.map((s) => s.criterionId));
  return criteria.every((c) => scored.has(c.id));
}

export type CandidateScore = {
  /** Mean of the assessors' complete weighted scores, 0–100. */
  mean: number | null;
  /** Highest minus lowest assessor score: large spreads deserve a second look. */
  spread: number | null;
  assessors: number;
  /** Per-lens means, the first tie-breaker being struktur. */
  byLens: Partial<Record<Lens, number>>;
};

/** Combines all assessors of one candidate; only assessors who scored every criterion count. */
export function candidateScore(criteria: Criterion[], scores: CriterionScore[], scale: Scale): CandidateScore {
  const byAssessor = new Map<string, CriterionScore[]>();
  for (const s of scores) byAssessor.set(s.assessorId, [...(byAssessor.get(s.assessorId) ?? []), s]);
  const totals: number[] = [];
  const lensTotals: Partial<Record<Lens, number[]>> = {};
  for (const own of byAssessor.values()) {
    if (!isComplete(criteria, own)) continue;
    const total = weightedScore(criteria, own, scale);
    if (total === null) continue;
    totals.push(total);
    for (const lens of LENSES) {
      const lensCriteria = criteria.filter((c) => c.lens === lens);
      if (lensCriteria.length === 0) continue;
      const v = weightedScore(
        lensCriteria,
        own.filter((s) => lensCriteria.some((c) => c.id === s.criterionId)),
        scale,
      );
      if (v !== null) lensTotals[lens] = [...(lensTotals[lens] ?? []), v];
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const byLens: Partial<Record<Lens, number>> = {};
  for (const [lens, xs] of Object.entries(lensTotals) as Array<[Lens, number[]]>) byLens[lens] = mean(xs);
  return {
    mean: totals.length ? mean(totals) : null,
    spread: totals.length ? Math.max(...totals) - Math.min(...totals) : null,
    assessors: totals.length,
    byLens,
  };
}

export type RankInput = { candidateId: number; regionCode: string; score: CandidateScore; invitedAt: Date };
export type Ranked = RankInput & { rank: number; tieBrokenBy: TieBreak | null };

/** The tie-breaking rules in order, shown to the selection committee. */
export const TIE_BREAKS = ["struktur", "suprastruktur", "infrastruktur", "region_code"] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

const round = (n: number | null | undefined) => (n === null || n === undefined ? -1 : Math.round(n * 100) / 100);

/**
 * Ranks candidates by mean score (two decimals); ties go to the higher struktur, then
 * suprastruktur, then infrastruktur lens score; a remaining tie is settled by Kemendagri
 * code so the order is stable. Candidates without a score come last.
 */
export function rankCandidates(items: RankInput[]): Ranked[] {
  const cmp = (a: RankInput, b: RankInput): [number, TieBreak | null] => {
    const d = round(b.score.mean) - round(a.score.mean);
    if (d !== 0) return [d, null];
    for (const lens of ["struktur", "suprastruktur", "infrastruktur"] as const) {
      const dl = round(b.score.byLens[lens]) - round(a.score.byLens[lens]);
      if (dl !== 0) return [dl, lens];
    }
    return [a.regionCode.localeCompare(b.regionCode), "region_code"];
  };
  const sorted = [...items].sort((a, b) => cmp(a, b)[0]);
  return sorted.map((item, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const tieWith = [prev, next].find((o) => o && round(o.score.mean) === round(item.score.mean));
    return { ...item, rank: i + 1, tieBrokenBy: tieWith && item.score.mean !== null ? cmp(item, tieWith)[1] : null };
  });
}

export type SelectionProblem = { code: "over_quota" | "reason_required" | "not_ranked"; candidateId?: number };

/**
 * Checks a proposed selection against the ranking: at most `quota`; every selected
 * candidate outside the top `quota`, and every skipped one inside it, needs a written reason.
 */
export function checkSelection(
  ranked: Ranked[],
  selectedIds: number[],
  quota: number,
  reasons: Record<number, string | undefined>,
): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  if (selectedIds.length > quota) problems.push({ code: "over_quota" });
  const top = new Set(ranked.slice(0, quota).map((r) => r.candidateId));
  const known = new Set(ranked.map((r) => r.candidateId));
  for (const id of selectedIds) {
    if (!known.has(id)) problems.push({ code: "not_ranked", candidateId: id });
    else if (!top.has(id) && !reasons[id]?.trim()) problems.push({ code: "reason_required", candidateId: id });
  }
  const chosen = new Set(selectedIds);
  for (const id of top) {
    if (!chosen.has(id) && !reasons[id]?.trim()) {
      problems.push({ code: "reason_required", candidateId: id });
    }
  }
  return problems;
}
