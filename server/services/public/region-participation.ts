import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

export type ParticipationRow = {
  cohortName: string;
  cohortYear: number;
  candidateStatus: "invited" | "assessed" | "selected" | "not_selected" | "withdrawn";
  mouDate: string | null;
  bimtekStageClosed: number | null;
};

/**
 * The cohorts a region took part in, once the cohort's selection is published (before that,
 * who was invited or assessed is the ministry's working data): status, MoU date, last stage closed.
 */
export function regionParticipation(db: Db, code: string) {
  return queryRows<ParticipationRow>(
    db,
    sql`
      select co.name as "cohortName", co.year as "cohortYear", ca.status as "candidateStatus",
             m.signed_on::text as "mouDate",
             (select max(s.number) from bimtek_stage s
               where s.candidate_id = ca.id and s.closed_at is not null) as "bimtekStageClosed"
      from candidate ca
      join cohort co on co.id = ca.cohort_id
      left join mou m on m.candidate_id = ca.id
      where ca.region_code = ${code} and co.selection_published_at is not null
      order by co.year desc, co.id desc`,
  );
}
