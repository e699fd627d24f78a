import { and, count, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import { HISTORY_ENTITY_TYPES, type HistoryQuery } from "../../../domain/masterplan-review";
import { pageOffset } from "../../../domain/pagination";
import type { Db } from "../../db/client";
import { auditEvent, comment, governanceBody, program, quickWin, user } from "../../db/schema/index";
import type { PlanRow } from "./load";

const ids = (
  db: Db,
  table: typeof program | typeof quickWin | typeof governanceBody | typeof comment,
  planId: number,
) =>
  db
    .select({ id: sql<string>`${table.id}::text` })
    .from(table)
    .where(eq(table.masterplanId, planId));

// Events written with `links: { masterplanId }` (every masterplan service does) name the plan
// in `changes` whatever happened to their object since; a creation may name it as [null, id].
const taggedWith = (planId: number) =>
  sql`(${auditEvent.changes} -> 'masterplanId' ->> 1 = ${String(planId)} or ${auditEvent.changes} -> 'masterplanId' ->> 0 = ${String(planId)})`;

/**
 * Which audit events belong to the plan: those tagged with its id, so deleted programs, quick
 * wins and governance bodies keep their history here; and, for events written before the
 * tag, the plan itself, its chapters ("<planId>:<key>") and the objects that exist now.
 */
function planEvents(db: Db, plan: PlanRow, q: Pick<HistoryQuery, "entityType" | "entityId">): SQL | undefined {
  const planId = plan.id;
  const untagged: Record<NonNullable<HistoryQuery["entityType"]>, SQL | undefined> = {
    masterplan: eq(auditEvent.entityId, String(planId)),
    masterplan_section: like(auditEvent.entityId, `${planId}:%`),
    program: inArray(auditEvent.entityId, ids(db, program, planId)),
    quick_win: inArray(auditEvent.entityId, ids(db, quickWin, planId)),
    governance_body: inArray(auditEvent.entityId, ids(db, governanceBody, planId)),
    comment: inArray(auditEvent.entityId, ids(db, comment, planId)),
  };
  const tagged = taggedWith(planId);
  const part = (type: keyof typeof untagged) => and(eq(auditEvent.entityType, type), or(tagged, untagged[type]));
  const scope = q.entityType ? part(q.entityType) : or(...HISTORY_ENTITY_TYPES.map(part));
  if (q.entityId === undefined || !q.entityType) return and(eq(auditEvent.regionCode, plan.regionCode), scope);
  const entityId =
    q.entityType === "masterplan_section" && !q.entityId.startsWith(`${planId}:`)
      ? `${planId}:${q.entityId}`
      : q.entityId;
  return and(eq(auditEvent.regionCode, plan.regionCode), scope, eq(auditEvent.entityId, entityId));
}

/** A page of the plan's history, newest first, with the actor's current name. */
export async function planHistory(db: Db, plan: PlanRow, q: HistoryQuery) {
  const where = planEvents(db, plan, q);
  const [rows, [total]] = await Promise.all([
    db
      .select({ event: auditEvent, actorName: user.name })
      .from(auditEvent)
      .leftJoin(user, eq(user.id, auditEvent.actorUserId))
      .where(where)
      .orderBy(desc(auditEvent.at), desc(auditEvent.id))
      .limit(q.pageSize)
      .offset(pageOffset(q)),
    db.select({ n: count() }).from(auditEvent).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
