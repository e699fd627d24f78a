import { type SQL, sql } from "drizzle-orm";
import type { TaskOut } from "../../../domain/notifications";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { adminTasks } from "./admin-tasks";
import { assessorTasks } from "./assessor-tasks";
import { coordinatorTasks } from "./coordinator-tasks";
import { mentorTasks } from "./mentor-tasks";
import { opdTasks } from "./opd-tasks";
import type { TaskRow, TaskScope } from "./scope";

/** Every query of the person's roles, joined into one statement (one round trip, one sort). */
export function tasksQuery(s: TaskScope, page: { limit: number; offset: number }): SQL {
  const parts = [...mentorTasks(s), ...assessorTasks(s), ...coordinatorTasks(s), ...opdTasks(s), ...adminTasks(s)];
  const all = sql.join(
    parts.map((p) => sql`(${p})`),
    sql` union all `,
  );
  return sql`select t.kind, t.object_type, t.object_id, t.href, t.region_code, r.name as region_name,
      to_char(t.due_on, 'YYYY-MM-DD') as due_on, t.since, t.title_id, t.title_en, t.note,
      count(*) over () as total
    from (${all}) as t(kind, object_type, object_id, href, region_code, due_on, since, title_id, title_en, note)
    left join region r on r.code = t.region_code
    order by t.due_on asc nulls last, t.since asc nulls last, t.href
    limit ${page.limit} offset ${page.offset}`;
}

/** One task as it leaves the server. */
export function presentTask(row: TaskRow, today: string): TaskOut {
  const since = row.since === null ? null : new Date(row.since).toISOString();
  return {
    kind: row.kind as TaskOut["kind"],
    title: { id: row.title_id, en: row.title_en },
    object: { type: row.object_type, id: row.object_id },
    href: row.href,
    regionCode: row.region_code,
    regionName: row.region_name,
    dueOn: row.due_on,
    overdue: row.due_on !== null && row.due_on < today,
    since,
    note: row.note,
  };
}

/**
 * What waits for the person now, computed from the current state (never stored: a task is gone
 * as soon as the state that made it is), sorted by due date and then by how long it has waited.
 */
export async function listTasks(db: Db, opts: { scope: TaskScope; page: number; pageSize: number }) {
  const rows = await queryRows<TaskRow & { total: string | number }>(
    db,
    tasksQuery(opts.scope, { limit: opts.pageSize, offset: (opts.page - 1) * opts.pageSize }),
  );
  let total = rows[0] ? Number(rows[0].total) : 0;
  // A page past the end still needs the total, which only a row carries.
  if (rows.length === 0 && opts.page > 1) total = await countTasks(db, opts.scope);
  return { data: rows.map((r) => presentTask(r, opts.scope.today)), total };
}

async function countTasks(db: Db, scope: TaskScope): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (${tasksQuery(scope, { limit: 1_000_000, offset: 0 })}) x`,
  );
  return Number(row?.n ?? 0);
}
