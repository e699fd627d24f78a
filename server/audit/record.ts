import type { FastifyRequest } from "fastify";
import type { Actor } from "../../domain/roles";
import type { Db } from "../db/client";
import { auditEvent } from "../db/schema/index";
import { mailNotificationsNow } from "../mail/mail-notifications";
import type { Mailer } from "../mail/mailer";
import { notifyAudited } from "../notifications/from-audit";
import { touchDatasets } from "../services/open-data/touch-datasets";

/** Who did it and from where: taken from the request once, passed to every service. */
export type RequestContext = {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** Where notification e-mails of people who chose "immediately" go out (absent in the CLI and seeds). */
  mail?: { mailer: Mailer; publicUrl: string };
};

export function requestContext(req: FastifyRequest): RequestContext {
  const ua = req.headers["user-agent"];
  return {
    actor: req.actor,
    ip: req.ip ?? null,
    userAgent: typeof ua === "string" ? ua.slice(0, 300) : null,
    requestId: req.id,
    mail: { mailer: req.server.mailer, publicUrl: req.server.publicUrl },
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
  /**
   * Ids that tie the event to the object it belongs to, e.g. `{ masterplanId: 3 }` on a
   * program's event, so the plan's history still finds the program after it is deleted.
   * Stored in `changes` as an unchanged pair [id, id] (no column of their own): equal halves
   * tell a link from a change.
   */
  links?: Record<string, string | number>;
};

/** The value of a link written by `recordAudit` (`links`), read back from an event's `changes`. */
export function auditLink(changes: unknown, key: string): unknown {
  const pair = (changes as Record<string, unknown> | null)?.[key];
  return Array.isArray(pair) && pair.length === 2 && pair[0] === pair[1] ? pair[0] : undefined;
}

/** `changes` without the link pairs: what a reader of the history sees as changed. */
export function withoutLinks(
  changes: Record<string, [unknown, unknown]>,
  keys: readonly string[],
): Record<string, [unknown, unknown]> {
  return Object.fromEntries(
    Object.entries(changes).filter(([k]) => !keys.includes(k) || auditLink(changes, k) === undefined),
  );
}

function withLinks(changes: Record<string, [unknown, unknown]>, links: AuditEntry["links"]) {
  // A real change of the same field (a create's [null, id]) already names the object.
  for (const [k, v] of Object.entries(links ?? {})) if (!(k in changes)) changes[k] = [v, v];
  return changes;
}

/** Writes one audit event; call it inside the transaction of the mutation it records. */
export async function recordAudit(db: Db, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const actor = ctx.actor;
  const [row] = await db
    .insert(auditEvent)
    .values({
      actorUserId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
      actorRoles: actor
        ? actor.memberships.map((m) => (m.regionCode ? `${m.role}@${m.regionCode}` : m.role)).join(", ")
        : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      regionCode: entry.regionCode ?? null,
      changes: withLinks(changedFields(entry.before ?? null, entry.after ?? null), entry.links),
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
    })
    .returning({ id: auditEvent.id });
  // Open datasets built on what changed are marked modified, for harvesters and cached sizes.
  await touchDatasets(db, entry);
  // The people the change concerns are told in the same transaction (rolled back with it).
  if (!row) return;
  const notified = await notifyAudited(db, ctx, entry, row.id);
  const immediate = notified.filter((n) => n.emailMode === "immediate").map((n) => n.id);
  if (immediate.length && ctx.mail) await mailNotificationsNow(db, { notificationIds: immediate, ...ctx.mail });
}
