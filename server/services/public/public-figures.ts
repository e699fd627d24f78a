import { sql } from "drizzle-orm";
import type { PublicFigures } from "../../../domain/public-map";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

type Row = {
  regionsInProgram: number | string;
  plansEnacted: number | string;
  programsInEnactedPlans: number | string;
  quickWinsDone: number | string;
  quickWinsYear: number | null;
};

/**
 * The home page's figures in one statement. Quick wins done are counted in the latest year
 * any quick win of an enacted plan has progress for, so a half-reported year is not mixed with an old one.
 */
export async function publicFigures(db: Db): Promise<PublicFigures> {
  const [row] = await queryRows<Row>(
    db,
    sql`
      with qw as (
        select p.year, p.status from quick_win_progress p
        join quick_win q on q.id = p.quick_win_id
        join masterplan m on m.id = q.masterplan_id and m.status = 'enacted'
      ),
      latest as (select max(year) as year from qw)
      select
        (select count(distinct ca.region_code) from candidate ca
          join cohort co on co.id = ca.cohort_id and co.selection_published_at is not null
          where ca.status = 'selected') as "regionsInProgram",
        (select count(*) from masterplan where status = 'enacted') as "plansEnacted",
        (select count(*) from program pr join masterplan m on m.id = pr.masterplan_id
          where m.status = 'enacted') as "programsInEnactedPlans",
        (select count(*) from qw, latest where qw.year = latest.year and qw.status = 'done') as "quickWinsDone",
        (select year from latest) as "quickWinsYear"`,
  );
  if (!row) throw new Error("figures query returned no row");
  return {
    regionsInProgram: Number(row.regionsInProgram),
    plansEnacted: Number(row.plansEnacted),
    programsInEnactedPlans: Number(row.programsInEnactedPlans),
    quickWinsDone: Number(row.quickWinsDone),
    quickWinsYear: row.quickWinsYear === null ? null : Number(row.quickWinsYear),
  };
}
