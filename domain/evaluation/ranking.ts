/**
 * Ranks and improvement of published evaluation results.
 *
 * Ranking is competition ranking ("1, 2, 2, 4") on the index rounded to two decimals, the
 * precision in which it is published: regions whose published indices are equal share the
 * rank, and the next rank skips as many places as were shared. No tie-breaker changes a
 * rank — a region should not lose a place over a difference nobody can see in the table.
 * Within a tie, rows are listed by Kemendagri code so the order is stable; that order carries
 * no meaning. Regions without an index (no complete assessor) get no rank and are listed last.
 * The provincial rank is the same ranking among the regions of one province in the round.
 *
 * Improvement compares the index with the region's previous published result — the latest
 * earlier round (by year, then Tahap I before II) in which it had an index: absolute
 * I − I₀ and relative (I − I₀) / I₀ × 100 %, both rounded to two decimals. Both are null
 * when there is no earlier result, and the relative one also when I₀ is 0.
 */
import { round2 } from "./scoring";

export const TAHAPS = ["I", "II"] as const;
export type Tahap = (typeof TAHAPS)[number];

/** Competition ranks (1, 2, 2, 4) of values, higher first, compared at two decimals; null values get null. */
export function competitionRanks<K>(items: Array<{ key: K; value: number | null }>): Map<K, number | null> {
  const ranked = items.filter((i) => i.value !== null).map((i) => ({ key: i.key, v: round2(i.value as number) }));
  const out = new Map<K, number | null>();
  for (const item of items) out.set(item.key, null);
  for (const item of ranked) out.set(item.key, 1 + ranked.filter((o) => o.v > item.v).length);
  return out;
}

export type RankInput = { regionCode: string; provinceCode: string; index: number | null };
export type RankOutput = { regionCode: string; nationalRank: number | null; provincialRank: number | null };

/** National and provincial competition ranks of a round's results, in display order (see the header). */
export function rankResults(rows: RankInput[]): RankOutput[] {
  const national = competitionRanks(rows.map((r) => ({ key: r.regionCode, value: r.index })));
  const provincial = new Map<string, number | null>();
  const provinces = new Set(rows.map((r) => r.provinceCode));
  for (const p of provinces) {
    const inProvince = rows.filter((r) => r.provinceCode === p);
    for (const [k, v] of competitionRanks(inProvince.map((r) => ({ key: r.regionCode, value: r.index }))))
      provincial.set(k, v);
  }
  return rows
    .map((r) => ({
      regionCode: r.regionCode,
      nationalRank: national.get(r.regionCode) ?? null,
      provincialRank: provincial.get(r.regionCode) ?? null,
    }))
    .sort(byRankThenCode);
}

/** Display order: rank ascending, unranked last, ties by Kemendagri code. */
export function byRankThenCode(
  a: { nationalRank: number | null; regionCode: string },
  b: { nationalRank: number | null; regionCode: string },
): number {
  const ra = a.nationalRank ?? Number.POSITIVE_INFINITY;
  const rb = b.nationalRank ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra - rb;
  return a.regionCode.localeCompare(b.regionCode);
}

/** Order of rounds in time: year, then Tahap I before Tahap II. */
export const roundOrder = (r: { year: number; tahap: Tahap }) => r.year * 10 + (r.tahap === "I" ? 1 : 2);

export type PastResult = { roundId: number; year: number; tahap: Tahap; index: number | null };

/** The region's latest result with an index from a round before `current`, or null. */
export function previousResult(current: { year: number; tahap: Tahap }, history: PastResult[]): PastResult | null {
  const before = history
    .filter((h) => h.index !== null && roundOrder(h) < roundOrder(current))
    .sort((a, b) => roundOrder(b) - roundOrder(a));
  return before[0] ?? null;
}

export type Improvement = { absolute: number | null; relative: number | null };

/** Change of the index against the previous one (see the header); nulls when either is missing. */
export function improvement(current: number | null, previous: number | null): Improvement {
  if (current === null || previous === null) return { absolute: null, relative: null };
  const absolute = round2(current - previous);
  return { absolute, relative: previous === 0 ? null : round2(((current - previous) / previous) * 100) };
}
