import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../domain/roles";

/** Who the person is to the program, as lists of ids the task queries filter on. */
export type TaskScope = {
  userId: string;
  admin: boolean;
  mentorOf: string[];
  coordinatorOf: string[];
  opdIds: number[];
  assessorOfCohorts: number[];
  /** Today in Asia/Jakarta (YYYY-MM-DD): deadlines and reporting years are counted in WIB. */
  today: string;
};

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** The scope of a signed-in person from their memberships. */
export function taskScope(actor: Actor, today: string): TaskScope {
  const of = (role: string) => actor.memberships.filter((m) => m.role === role);
  return {
    userId: actor.userId,
    admin: of("national_admin").length > 0,
    mentorOf: unique(of("mentor").flatMap((m) => (m.regionCode ? [m.regionCode] : []))),
    coordinatorOf: unique(of("region_coordinator").flatMap((m) => (m.regionCode ? [m.regionCode] : []))),
    opdIds: unique(of("opd_contributor").flatMap((m) => (m.opdId ? [m.opdId] : []))),
    assessorOfCohorts: unique(of("assessor").flatMap((m) => (m.cohortId ? [m.cohortId] : []))),
    today,
  };
}

/** `value in (…)` for a non-empty list (callers skip a query whose list is empty). */
export const inList = (column: SQL, values: readonly (string | number)[]) =>
  sql`${column} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/**
 * Every task query selects ten columns in this order, so they can be joined by UNION ALL:
 * kind, object_type, object_id, href, region_code, due_on (date), since (timestamptz),
 * title_id, title_en, note. The region's name is joined once outside.
 */
export type TaskRow = {
  kind: string;
  object_type: string;
  object_id: string;
  href: string;
  region_code: string | null;
  region_name: string | null;
  due_on: string | null;
  since: string | Date | null;
  title_id: string;
  title_en: string;
  note: string | null;
};

/**
 * Bimtek stages of these regions that the mentor may close now: every deliverable approved and
 * every earlier stage closed. The mentor sees them as work, the coordinator as waiting on them.
 */
export const stagesReadyToClose = (
  regions: readonly string[],
  t: { kind: string; titleId: string; titleEn: string },
) => sql`select ${t.kind}::text, 'bimtek_stage', st.id::text,
    '/kandidat/' || c.id || '?tab=bimtek#tahap-' || st.number, c.region_code, st.planned_end,
    (select max(d.approved_at) from deliverable d where d.stage_id = st.id),
    replace(${t.titleId}::text, '{n}', st.number::text), replace(${t.titleEn}::text, '{n}', st.number::text), null::text
  from bimtek_stage st
  join candidate c on c.id = st.candidate_id
  where st.closed_at is null and ${inList(sql`c.region_code`, regions)}
    and exists (select 1 from deliverable d where d.stage_id = st.id)
    and not exists (select 1 from deliverable d where d.stage_id = st.id and d.status <> 'approved')
    and not exists (select 1 from bimtek_stage p where p.candidate_id = st.candidate_id
                      and p.number < st.number and p.closed_at is null)`;
