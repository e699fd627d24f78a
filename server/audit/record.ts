import type { FastifyRequest } from "fastify";
import type { Actor } from "../../domain/roles";
import type { Db } from "../db/client";
import { auditEvent } from "../db/schema/index";

/** Who did it and from where: taken from the request once, passed to every service. */
export type RequestContext = {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
};

export function requestContext(req: FastifyRequest): RequestContext {
  const ua = req.headers["user-agent"];
  return {
    actor: req.actor,
    ip: req.ip ?? null,
    userAgent: typeof ua === "string" ? ua.slice(0, 300) : null,
    requestId: req.id,
  };
}

type Fields = Record<string, unknown>;

// Fields that never go into the trail, whatever object they are on.
const SECRET = new Set(["password", "token", "tokenHash", "secret"]);

/** The fields that changed, as { field: [before, after] }; a creation lists every field. */
export function changedFields(before: Fields | null, after: Fields | null): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    if (SECRET.has(k) || k === "updatedAt" || k === "createdAt" || k === "version") continue;
    const a = before?.[k] ?? null;
    const b = after?.[k] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[k] = [a, b];
  }
  return out;
}

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | number | null;
  regionCode?: string | null;
  before?: Fields | null;
  after?: Fields | null;
};

/** Writes one audit event; call it inside the transaction of the mutation it records. */
export async function recordAudit(db: Db, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const actor = ctx.actor;
  await db.insert(auditEvent).values({
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    actorRoles: actor
      ? actor.memberships.map((m) => (m.regionCode ? `${m.role}@${m.regionCode}` : m.role)).join(", ")
      : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    regionCode: entry.regionCode ?? null,
    changes: changedFields(entry.before ?? null, entry.after ?? null),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
  });
}
