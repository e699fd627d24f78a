import type { AuditEntry, RequestContext } from "../audit/record";
import type { Db } from "../db/client";
import { AUDIT_RULES } from "./audit-rules";
import { COMMENT_RULES } from "./comment-rules";
import { type Notified, notify } from "./notify";

const RULES = { ...AUDIT_RULES, ...COMMENT_RULES };

/**
 * Runs after the audit event of a change is written, in the same transaction: the change, its
 * trail and its notifications commit together or not at all.
 */
export async function notifyAudited(
  db: Db,
  ctx: RequestContext,
  entry: AuditEntry,
  auditEventId: number,
): Promise<Notified[]> {
  const rule = RULES[entry.action];
  if (!rule) return [];
  const out: Notified[] = [];
  for (const { kind, recipients } of rule(entry))
    out.push(...(await notify(db, { kind, recipients, actorUserId: ctx.actor?.userId ?? null, auditEventId })));
  return out;
}
