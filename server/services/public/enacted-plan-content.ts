import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

export type DimensionRow = { code: string; nameId: string; nameEn: string };
export type PublicProgramRow = {
  id: number;
  code: string;
  name: string;
  dimensionCode: string;
  ownerOpd: string | null;
  startYear: number;
  endYear: number;
  budgetTotal: number;
};
export type PublicQuickWinRow = {
  id: number;
  programCode: string;
  target: string;
  year: number;
  ownerOpd: string | null;
  status: "not_started" | "on_track" | "delayed" | "done" | "cancelled" | null;
  physicalProgress: number | null;
};

/**
 * The published content of an enacted plan: the framework's dimensions, vision and missions,
 * programs with their owner OPD and budget total, and quick wins with their last progress entry.
 */
export async function enactedPlanContent(db: Db, plan: { id: number; frameworkId: number }) {
  const [dimensions, vision, programs, quickWins] = await Promise.all([
    queryRows<DimensionRow>(
      db,
      sql`select code, name_id as "nameId", name_en as "nameEn" from dimension
          where framework_id = ${plan.frameworkId} order by "order"`,
    ),
    queryRows<{ content: { vision?: string; missions?: Array<{ text?: string }> } }>(
      db,
      sql`select content from masterplan_section where masterplan_id = ${plan.id} and key = 'vision'`,
    ),
    queryRows<PublicProgramRow>(
      db,
      sql`
        select p.id, p.code, p.name, p.dimension_code as "dimensionCode", o.name as "ownerOpd",
               p.start_year as "startYear", p.end_year as "endYear",
               coalesce((select sum(b.amount) from program_budget b where b.program_id = p.id), 0)::float8 as "budgetTotal"
        from program p left join opd o on o.id = p.owner_opd_id
        where p.masterplan_id = ${plan.id}
        order by p.code`,
    ),
    queryRows<PublicQuickWinRow>(
      db,
      sql`
        select q.id, p.code as "programCode", q.target, q.year, o.name as "ownerOpd",
               e.status, e.physical_progress::float8 as "physicalProgress"
        from quick_win q
        join program p on p.id = q.program_id
        left join opd o on o.id = q.owner_opd_id
        left join lateral (
          select qp.status, qp.physical_progress from quick_win_progress qp
          where qp.quick_win_id = q.id order by qp.year desc limit 1
        ) e on true
        where q.masterplan_id = ${plan.id}
        order by q.year, q.id`,
    ),
  ]);
  const content = vision[0]?.content;
  return {
    dimensions,
    vision: content?.vision?.trim() ? content.vision : null,
    missions: (content?.missions ?? []).map((m) => m.text ?? "").filter(Boolean),
    programs,
    quickWins,
  };
}
