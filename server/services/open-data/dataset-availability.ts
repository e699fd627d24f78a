import { sql } from "drizzle-orm";
import type { DatasetKind } from "../../../domain/open-data/kinds";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { datasetRowsQuery } from "./dataset-rows";

/**
 * Whether a dataset has anything publishable: a region's plan datasets need an enacted plan, its
 * evaluation results a published round; national datasets always exist. And how many rows it
 * has now.
 */
export async function datasetAvailability(
  db: Db,
  kind: DatasetKind,
  regionCode: string | null,
): Promise<{ available: boolean; rowCount: number }> {
  const [row] = await queryRows<{ available: boolean; n: number }>(
    db,
    sql`select ${availableCondition(kind, regionCode)} as available,
               (select count(*)::int from (${datasetRowsQuery(kind, regionCode)}) x) as n`,
  );
  return { available: Boolean(row?.available), rowCount: Number(row?.n ?? 0) };
}

function availableCondition(kind: DatasetKind, regionCode: string | null) {
  switch (kind) {
    case "indicator_realisations":
    case "program_budgets":
    case "implementation_progress":
      return sql`exists (select 1 from masterplan m where m.region_code = ${regionCode} and m.status = 'enacted')`;
    case "evaluation_results":
      return sql`exists (select 1 from evaluation_result er join evaluation_round r on r.id = er.round_id
                         where er.region_code = ${regionCode} and r.status = 'published')`;
    default:
      return sql`true`;
  }
}
