import { sql } from "drizzle-orm";
import type { ProgressStatus } from "../../../domain/monitoring";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

export type ProgressGroupRow = {
  year: number | null;
  dimensionCode: string | null;
  status: ProgressStatus | null;
  n: number;
  physicalSum: number;
  physicalN: number;
};
export type BudgetYearRow = { year: number; allocated: number; realised: number };

/**
 * Program progress by dimension for the latest year with any progress entry (programs running
 * that year; one closed earlier keeps its done/cancelled status, as on the region dashboard),
 * and budget allocated and realised per reported year.
 */
export async function planImplementation(db: Db, planId: number) {
  const [progress, budget] = await Promise.all([
    queryRows<ProgressGroupRow>(
      db,
      sql`
        with y as (
          select max(pp.year) as year from program_progress pp
          join program p on p.id = pp.program_id where p.masterplan_id = ${planId}
        )
        select y.year, p.dimension_code as "dimensionCode", e.status, count(p.id)::int as n,
               coalesce(sum(e.physical_progress), 0)::float8 as "physicalSum",
               count(e.physical_progress)::int as "physicalN"
        from y
        left join program p on p.masterplan_id = ${planId} and y.year between p.start_year and p.end_year
        left join lateral (
          select pp.status, pp.physical_progress from program_progress pp
          where pp.program_id = p.id
            and (pp.year = y.year or (pp.year < y.year and pp.status in ('done', 'cancelled')))
          order by pp.year desc limit 1
        ) e on true
        group by 1, 2, 3`,
    ),
    queryRows<BudgetYearRow>(
      db,
      sql`
        select pp.year, coalesce(sum(pp.budget_allocated), 0)::float8 as allocated,
               coalesce(sum(pp.budget_realised), 0)::float8 as realised
        from program_progress pp join program p on p.id = pp.program_id
        where p.masterplan_id = ${planId}
        group by pp.year order by pp.year`,
    ),
  ]);
  return { progress, budget };
}
