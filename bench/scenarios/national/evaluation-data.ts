import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { schemeKey } from "../../../domain/evaluation/schemes";
import type { Db } from "../../../server/db/client";
import { evaluationAssessor, evaluationResult, evaluationRound, user } from "../../../server/db/schema/index";
import { builtinSchemeFor } from "../../../server/db/seed/evaluation-schemes";
import { computeRoundResults } from "../../../server/services/evaluations/compute-results";
import { inList } from "./monitoring-data";

export const ROUND_YEARS = [2021, 2022, 2023, 2024, 2025];
const ASSESSORS = 3;

/**
 * Five Tahap I rounds (2021–2025) over the given regions, each on the scheme a new round of
 * its year gets (2021: 10/20/30/30/10, later 10/20/30/20/20), with three assigned assessors
 * who score every item of every region set-based. A region's level is fixed by a hash of
 * its code and rises a quarter point a year, with item and assessor noise, clamped to 1–5;
 * about one region in fifty per round is left unscored (no index, unranked) and about one
 * assessor sheet in forty stops before its last item (ignored by the scoring rules). All of it
 * is derived from region codes and years, so every run builds the same scores.
 *
 * Stored results are what publication stores: each round, oldest first, is scored by
 * `computeRoundResults` — the function publication itself calls inside its transaction
 * (domain scoring, improvement against the previous published round, national and
 * provincial ranks) — and its rows are inserted into `evaluation_result` before the round is
 * marked published with a result letter. Only the phase checks and the audit event of
 * `transitionRound` are skipped. Returns the rounds, oldest first.
 */
export async function buildEvaluationData(db: Db, regionCodes: string[]) {
  const assessorIds = Array.from({ length: ASSESSORS }, () => randomUUID());
  await db.insert(user).values(
    assessorIds.map((id, i) => ({
      id,
      email: `asesor-nasional-${i + 1}@bench.id`,
      name: `Asesor Nasional ${i + 1}`,
      emailVerified: true,
    })),
  );
  const codes = inList(regionCodes);
  const rounds = [];
  for (const year of ROUND_YEARS) {
    const scheme = builtinSchemeFor(year);
    const [created] = await db
      .insert(evaluationRound)
      .values({
        year,
        tahap: "I",
        name: `Evaluasi Smart City ${year} Tahap I`,
        schemeKey: schemeKey(scheme),
        scheme,
        status: "scoring",
      })
      .returning();
    if (!created) throw new Error("round");
    await db.execute(sql`
      insert into evaluation (round_id, region_code)
      select ${created.id}::int, code from region where code in (${codes})`);
    await db.insert(evaluationAssessor).values(assessorIds.map((userId) => ({ roundId: created.id, userId })));
    const items = sql.join(
      scheme.items.map((item, k) => sql`(${k}::int, ${item.code})`),
      sql`, `,
    );
    const assessors = sql.join(
      assessorIds.map((id, k) => sql`(${k}::int, ${id})`),
      sql`, `,
    );
    const last = scheme.items.length - 1;
    await db.execute(sql`
      insert into evaluation_score (evaluation_id, item_code, assessor_id, score, note)
      select e.id, it.code, a.id,
        least(5, greatest(1, round(1.5 + (abs(hashtext(e.region_code)) % 25) / 10.0
                                   + ${sql.raw(String(year - (ROUND_YEARS[0] as number)))} * 0.25
                                   + (abs(hashtext(e.region_code || it.code || a.k || ${String(year)})) % 5 - 2) * 0.4))),
        null
      from evaluation e
      cross join (values ${items}) it(k, code)
      cross join (values ${assessors}) a(k, id)
      where e.round_id = ${created.id}::int
        and abs(hashtext(e.region_code || ${String(year)})) % 50 <> 0
        and not (it.k = ${sql.raw(String(last))} and abs(hashtext(e.region_code || a.k || ${String(year)})) % 40 = 0)`);
    const results = await computeRoundResults(db, created);
    if (results.length) await db.insert(evaluationResult).values(results);
    const [published] = await db
      .update(evaluationRound)
      .set({
        status: "published",
        resultLetterNumber: `B-${100 + (year % 100)}/DJAI/${year}`,
        resultLetterDate: `${year}-11-28`,
        publishedAt: new Date(`${year}-11-28T03:00:00Z`),
        version: 4,
      })
      .where(eq(evaluationRound.id, created.id))
      .returning();
    rounds.push(published ?? created);
  }
  return rounds;
}
