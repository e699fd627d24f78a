import { type SQL, sql } from "drizzle-orm";
import { mentionedUserIds } from "../../domain/notifications";
import type { AuditEntry } from "../audit/record";
import type { EventRule } from "./audit-rules";
import { commentHref } from "./comment-href";

const textList = (ids: string[]): SQL =>
  ids.length
    ? sql`(${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )})`
    : sql`(null::text)`;

/** Texts and link of a comment event, for each user the `who` query names. */
const commentEvent = (entry: AuditEntry, who: SQL, verbId: string, verbEn: string) => sql`
  select w.user_id, r.name || ': ' || ${verbId}, r.name || ': ' || ${verbEn}, left(c.body, 300), left(c.body, 300),
         ${commentHref("c", "m")}, m.region_code, 'comment', c.id::text
  from comment c
  join masterplan m on m.id = c.masterplan_id
  join region r on r.code = m.region_code
  join lateral (${who}) w on true
  where c.id = ${Number(entry.entityId)}`;

/**
 * A new comment tells the people it @mentions — only those who may read the plan (the admin,
 * anyone holding a role in the plan's region, which includes its mentors) — and a reply tells the
 * thread's earlier authors who were not mentioned.
 */
const commentRule: EventRule = (entry) => {
  const mentioned = mentionedUserIds(String(entry.after?.body ?? ""));
  const out: ReturnType<EventRule> = [];
  if (mentioned.length)
    out.push({
      kind: "comment.mentioned",
      recipients: commentEvent(
        entry,
        sql`select u.id as user_id from "user" u where u.id in ${textList(mentioned)}
              and exists (select 1 from membership mm where mm.user_id = u.id
                            and (mm.role = 'national_admin' or mm.region_code = m.region_code))`,
        "Anda disebut dalam komentar",
        "you were mentioned in a comment",
      ),
    });
  if (entry.action === "comment.replied")
    out.push({
      kind: "comment.replied",
      recipients: commentEvent(
        entry,
        sql`select distinct t.author_id as user_id from comment t
              where (t.id = c.parent_id or t.parent_id = c.parent_id) and t.id <> c.id
                ${mentioned.length ? sql`and t.author_id not in ${textList(mentioned)}` : sql``}`,
        "balasan pada diskusi Anda",
        "a reply in your discussion",
      ),
    });
  return out;
};

export const COMMENT_RULES: Record<string, EventRule> = {
  "comment.created": commentRule,
  "comment.replied": commentRule,
};
