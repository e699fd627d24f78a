import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

export type PublicRegionRow = {
  code: string;
  name: string;
  type: "provinsi" | "kabupaten" | "kota";
  provinceCode: string;
  provinceName: string;
  planId: number | null;
  frameworkId: number | null;
  title: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  perkadaNumber: string | null;
  perkadaDate: string | null;
};

/**
 * A region with its province and its enacted plan, if any: the latest by Perkada date. A revision
 * in draft or review never shows; the plan it revises stays enacted and public until replaced.
 */
export async function findPublicRegion(db: Db, code: string): Promise<PublicRegionRow | null> {
  const [row] = await queryRows<PublicRegionRow>(
    db,
    sql`
      select r.code, r.name, r.type, r.province_code as "provinceCode", pr.name as "provinceName",
             mp.id as "planId", mp.framework_id as "frameworkId", mp.title,
             mp.period_start as "periodStart", mp.period_end as "periodEnd",
             mp.perkada_number as "perkadaNumber", mp.perkada_date::text as "perkadaDate"
      from region r
      join region pr on pr.code = r.province_code
      left join lateral (
        select m.id, m.framework_id, m.title, m.period_start, m.period_end, m.perkada_number, m.perkada_date
        from masterplan m
        where m.region_code = r.code and m.status = 'enacted'
        order by m.perkada_date desc nulls last, m.id desc
        limit 1
      ) mp on true
      where r.code = ${code}`,
  );
  return row ?? null;
}
