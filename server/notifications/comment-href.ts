import { type SQL, sql } from "drizzle-orm";

/**
 * The web path of a comment thread, as SQL over a comment row `c` (any comment of the thread)
 * and its plan `m`: the plan page's tab where the commented object lives, and `#komentar-{thread}`,
 * which opens that thread. Section keys follow domain/masterplan-chapters.ts (vision → visi,
 * element:* → dimensi, the analysis sections → strategis).
 */
export function commentHref(c: string, m: string): SQL {
  const col = (table: string, name: string) => sql.raw(`${table}.${name}`);
  return sql`'/masterplan/' || ${col(m, "id")} || coalesce('?tab=' || case ${col(c, "target_type")}
      when 'program' then 'program'
      when 'quick_win' then 'quick-wins'
      when 'governance_body' then 'tata-kelola'
      when 'section' then case when ${col(c, "target_id")} like 'element:%' then 'dimensi'
                               when ${col(c, "target_id")} = 'vision' then 'visi' else 'strategis' end
    end, '') || '#komentar-' || coalesce(${col(c, "parent_id")}, ${col(c, "id")})`;
}
