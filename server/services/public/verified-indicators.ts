import { sql } from "drizzle-orm";
import type { Direction } from "../../../domain/achievement";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

export type VerifiedIndicatorRow = {
  programCode: string;
  code: string;
  name: string;
  unit: string;
  direction: Direction;
  year: number | null;
  realisation: number | null;
  target: number | null;
};

/**
 * Each program indicator of a plan with its latest verified realisation that counts for a year
 * (the whole-year value, else semester 2) and the target of that year. Entered and returned
 * values never leave the region's workspace.
 */
export function verifiedIndicators(db: Db, planId: number) {
  return queryRows<VerifiedIndicatorRow>(
    db,
    sql`
      select p.code as "programCode", i.code, i.name, i.unit, i.direction,
             v.year, v.value::float8 as realisation, t.value::float8 as target
      from program_indicator pi
      join program p on p.id = pi.program_id
      join indicator i on i.id = pi.indicator_id
      left join lateral (
        select o.year, o.value from observation o
        where o.program_indicator_id = pi.id and o.status = 'verified'
          and (o.semester is null or o.semester = 2)
        order by o.year desc, o.semester nulls first
        limit 1
      ) v on true
      left join indicator_target t on t.program_indicator_id = pi.id and t.year = v.year
      where p.masterplan_id = ${planId}
      order by p.code, i.code`,
  );
}
