import { sql } from "drizzle-orm";
import type { FeedbackSubjectKind } from "../../../domain/feedback";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { readFeedbackRows } from "./feedback-rows";

/** Published feedback of a region (optionally of one program or quick win), newest first, with counts. */
export async function listPublicFeedback(
  db: Db,
  opts: {
    regionCode: string;
    subject?: { kind: FeedbackSubjectKind; id: number };
    page: number;
    pageSize: number;
  },
) {
  const published = sql`f.region_code = ${opts.regionCode} and f.status = 'published'`;
  const subject = opts.subject
    ? opts.subject.kind === "program"
      ? sql` and f.program_id = ${opts.subject.id}`
      : sql` and f.quick_win_id = ${opts.subject.id}`
    : sql``;
  const where = sql`${published}${subject}`;
  const [rows, totals, bySubject] = await Promise.all([
    readFeedbackRows(db, {
      where,
      orderBy: sql`f.published_at desc, f.id desc`,
      limit: opts.pageSize,
      offset: (opts.page - 1) * opts.pageSize,
    }),
    queryRows<{ total: number; published: number; replied: number }>(
      db,
      sql`select count(*) filter (where true${subject})::int as total, count(*)::int as published,
                 count(*) filter (where f.reply_body is not null)::int as replied
          from feedback f where ${published}`,
    ),
    queryRows<{ kind: FeedbackSubjectKind; id: number; published: number }>(
      db,
      sql`select case when f.program_id is not null then 'program' else 'quick_win' end as kind,
                 coalesce(f.program_id, f.quick_win_id) as id, count(*)::int as published
          from feedback f where ${published}
          group by 1, 2 order by 1, 2`,
    ),
  ]);
  const t = totals[0];
  return {
    rows,
    total: Number(t?.total ?? 0),
    counts: {
      published: Number(t?.published ?? 0),
      replied: Number(t?.replied ?? 0),
      bySubject: bySubject.map((s) => ({ kind: s.kind, id: Number(s.id), published: Number(s.published) })),
    },
  };
}
