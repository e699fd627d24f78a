import { and, count, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { HistoryQuery } from "../../../domain/masterplan-review";
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

/**
 * Which audit events belong to the plan: the plan itself, its chapters ("<planId>:<key>") and
 * its programs, quick wins, governance bodies and comments as they exist now. Objects that
 * were deleted keep their events in the trail, but are no longer linked to the plan here.
 */
function planEvents(db: Db, plan: PlanRow, q: Pick<HistoryQuery, "entityType" | "entityId">): SQL | undefined {
  const planId = plan.id;
  const parts: Record<NonNullable<HistoryQuery["entityType"]>, SQL | undefined> = {
    masterplan: and(eq(auditEvent.entityType, "masterplan"), eq(auditEvent.entityId, String(planId))),
    masterplan_section: and(eq(auditEvent.entityType, "masterplan_section"), like(auditEvent.entityId, `${planId}:%`)),
    program: and(eq(auditEvent.entityType, "program"), inArray(auditEvent.entityId, ids(db, program, planId))),
    quick_win: and(eq(auditEvent.entityType, "quick_win"), inArray(auditEvent.entityId, ids(db, quickWin, planId))),
    governance_body: and(
      eq(auditEvent.entityType, "governance_body"),
      inArray(auditEvent.entityId, ids(db, governanceBody, planId)),
    ),
    comment: and(eq(auditEvent.entityType, "comment"), inArray(auditEvent.entityId, ids(db, comment, planId))),
  };
  const scope = q.entityType ? parts[q.entityType] : or(...Object.values(parts));
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
