import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

export type PublishedEvaluationRow = {
  roundName: string;
  year: number;
  tahap: "I" | "II";
  index: number | null;
  nationalRank: number | null;
  improvement: number | null;
};

/** The region's result in the latest published evaluation round; results of other rounds stay internal. */
export async function publishedEvaluation(db: Db, code: string): Promise<PublishedEvaluationRow | null> {
  const [row] = await queryRows<PublishedEvaluationRow>(
    db,
    sql`
      select r.name as "roundName", r.year, r.tahap, er.index::float8 as index,
             er.national_rank as "nationalRank", er.improvement::float8 as improvement
      from evaluation_result er
      join evaluation_round r on r.id = er.round_id
      where er.region_code = ${code} and r.status = 'published'
      order by r.year desc, r.tahap desc, r.published_at desc nulls last
      limit 1`,
  );
  return row ?? null;
}
