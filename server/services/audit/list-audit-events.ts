import { and, count, desc, eq, gte, lt, or, type SQL } from "drizzle-orm";
import type { AuditQuery } from "../../../domain/audit";
import { pageOffset } from "../../../domain/pagination";
import type { Db } from "../../db/client";
import { auditEvent } from "../../db/schema/index";

function filters(q: Omit<AuditQuery, "page" | "pageSize">): SQL | undefined {
  const f: SQL[] = [];
  if (q.region) f.push(eq(auditEvent.regionCode, q.region));
  if (q.actor) {
    const who = or(eq(auditEvent.actorUserId, q.actor), eq(auditEvent.actorEmail, q.actor.toLowerCase()));
    if (who) f.push(who);
  }
  if (q.entityType) f.push(eq(auditEvent.entityType, q.entityType));
  if (q.action) f.push(eq(auditEvent.action, q.action));
  // Dates are days in Western Indonesia Time, the program office's clock.
  if (q.from) f.push(gte(auditEvent.at, new Date(`${q.from}T00:00:00+07:00`)));
  if (q.to) f.push(lt(auditEvent.at, new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000)));
  return f.length ? and(...f) : undefined;
}

/** Audit events, newest first. */
export async function listAuditEvents(db: Db, q: AuditQuery) {
  const where = filters(q);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvent)
      .where(where)
      .orderBy(desc(auditEvent.at), desc(auditEvent.id))
      .limit(q.pageSize)
      .offset(pageOffset(q)),
    db.select({ n: count() }).from(auditEvent).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Every matching event, newest first, in batches, for the CSV export. */
export async function* allAuditEvents(db: Db, q: Omit<AuditQuery, "page" | "pageSize">) {
  const where = filters(q);
  const batch = 1000;
  for (let offset = 0; ; offset += batch) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(where)
      .orderBy(desc(auditEvent.at), desc(auditEvent.id))
      .limit(batch)
      .offset(offset);
    yield* rows;
    if (rows.length < batch) return;
  }
}
