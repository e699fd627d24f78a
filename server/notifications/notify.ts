import { type SQL, sql } from "drizzle-orm";
import type { NotificationKind } from "../../domain/notifications";
import type { Db } from "../db/client";
import { queryRows } from "../db/query-rows";

/**
 * Recipients and texts of one event as a query of these columns: user_id, title_id, title_en,
 * body_id, body_en, href, region_code, object_type, object_id. A query may give each recipient
 * their own text (a selected and a not-selected region read different news).
 */
export type RecipientQuery = SQL;

export type NotifyOptions = {
  kind: NotificationKind;
  recipients: RecipientQuery;
  /** Who caused it: never told of their own act. */
  actorUserId: string | null;
  auditEventId?: number | null;
  /** Reminders pass one so a second run (or a second server) writes nothing twice. */
  dedupeKey?: string | null;
};

export type Notified = { id: number; userId: string; emailMode: string };

/** Critical kinds cannot be muted; the check lives in SQL so one statement writes every row. */
const CRITICAL = sql`('deliverable.returned', 'masterplan.returned', 'realisation.returned', 'deadline.approaching', 'deadline.missed')`;

/**
 * Writes the notifications of one event in the caller's transaction, with one statement however
 * many recipients: only active people, never the actor, not to those who muted a non-critical
 * kind, each person once. Returns who was notified and how they want e-mail.
 */
export async function notify(db: Db, opts: NotifyOptions): Promise<Notified[]> {
  const rows = await queryRows<Notified>(
    db,
    sql`
    with r as (
      select distinct on (q.user_id) q.* from (${opts.recipients})
        as q(user_id, title_id, title_en, body_id, body_en, href, region_code, object_type, object_id)
      where q.user_id is not null
      order by q.user_id
    ), ins as (
      insert into notification (user_id, kind, title_id, title_en, body_id, body_en, href, region_code,
                                object_type, object_id, actor_user_id, audit_event_id, dedupe_key)
      select r.user_id, ${opts.kind}, r.title_id, r.title_en, coalesce(r.body_id, ''), coalesce(r.body_en, ''), r.href,
             r.region_code, r.object_type, r.object_id::text, ${opts.actorUserId}, ${opts.auditEventId ?? null},
             ${opts.dedupeKey ?? null}
      from r
      join "user" u on u.id = r.user_id and u.active
      left join notification_preference np on np.user_id = r.user_id
      where r.user_id is distinct from ${opts.actorUserId}
        and (${opts.kind} in ${CRITICAL} or not (${opts.kind} = any(coalesce(np.muted_kinds, '{}'::text[]))))
      on conflict (user_id, dedupe_key) do nothing
      returning id, user_id
    )
    select ins.id, ins.user_id as "userId", coalesce(np.email_mode, 'daily') as "emailMode"
    from ins left join notification_preference np on np.user_id = ins.user_id`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
