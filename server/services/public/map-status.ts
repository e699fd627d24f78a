import { sql } from "drizzle-orm";
import { type GmscFacts, gmscStatus, type MapRegion } from "../../../domain/public-map";
import type { RegionType } from "../../../domain/regions";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

type Row = {
  code: string;
  name: string;
  type: RegionType;
  provinceCode: string;
  candidate: boolean;
  selected: boolean;
  mouSigned: boolean;
  bimtekClosed: number | null;
  masterplan: GmscFacts["masterplan"];
  cohortYear: number | null;
  index: string | number | null;
  indexYear: number | null;
};

/**
 * The SQL behind the national map: per region the furthest facts across all its cohorts and
 * plans. Candidacies count once the cohort's selection is published; plans only when approved
 * or enacted; the index only from published rounds. Exported for the benchmark.
 */
export const mapStatusQuery = sql`
  with cand as (
    select ca.region_code,
           bool_or(ca.status = 'selected') as selected,
           bool_or(m.signed_on is not null) as mou_signed,
           max(st.closed) as bimtek_closed,
           coalesce(max(co.year) filter (where ca.status = 'selected'), max(co.year)) as cohort_year
    from candidate ca
    join cohort co on co.id = ca.cohort_id and co.selection_published_at is not null
    left join mou m on m.candidate_id = ca.id
    left join lateral (
      select max(s.number) as closed from bimtek_stage s
      where s.candidate_id = ca.id and s.closed_at is not null
    ) st on ca.status = 'selected'
    group by ca.region_code
  ),
  plan as (
    select region_code, bool_or(status = 'enacted') as enacted
    from masterplan where status in ('approved', 'enacted')
    group by region_code
  ),
  result as (
    select distinct on (er.region_code) er.region_code, er.index, r.year
    from evaluation_result er
    join evaluation_round r on r.id = er.round_id and r.status = 'published'
    where er.index is not null
    order by er.region_code, r.year desc, r.tahap desc, r.id desc
  )
  select g.code, g.name, g.type, g.province_code as "provinceCode",
         cand.region_code is not null as candidate,
         coalesce(cand.selected, false) as selected,
         coalesce(cand.mou_signed, false) as "mouSigned",
         cand.bimtek_closed as "bimtekClosed",
         case when plan.enacted then 'enacted' when plan.region_code is not null then 'approved' end as masterplan,
         cand.cohort_year as "cohortYear",
         result.index, result.year as "indexYear"
  from region g
  left join cand on cand.region_code = g.code
  left join plan on plan.region_code = g.code
  left join result on result.region_code = g.code
  order by g.code`;

/** Every province and kabupaten/kota with its GMSC status, latest cohort year and published index. */
export async function mapStatus(db: Db): Promise<MapRegion[]> {
  const rows = await queryRows<Row>(db, mapStatusQuery);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    type: r.type,
    provinceCode: r.provinceCode,
    status: gmscStatus(r),
    cohortYear: r.cohortYear === null ? null : Number(r.cohortYear),
    index: r.index === null ? null : Number(r.index),
    indexYear: r.indexYear === null ? null : Number(r.indexYear),
  }));
}
