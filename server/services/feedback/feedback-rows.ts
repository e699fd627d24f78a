import { type SQL, sql } from "drizzle-orm";
import type { FeedbackCategory, FeedbackStatus, FeedbackSubjectKind } from "../../../domain/feedback";
import type { RegionType } from "../../../domain/regions";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";

/** A feedback with its subject, region and forwarded OPD, as every reader needs it. */
export type FeedbackRow = {
  id: number;
  version: number;
  regionCode: string;
  regionName: string;
  regionType: RegionType;
  status: FeedbackStatus;
  category: FeedbackCategory;
  body: string;
  senderName: string | null;
  senderEmail: string | null;
  photoFileId: string | null;
  subjectKind: FeedbackSubjectKind;
  subjectId: number;
  subjectCode: string;
  subjectTitle: string;
  rejectReason: string | null;
  forwardedOpdId: number | null;
  forwardedOpdName: string | null;
  replyBody: string | null;
  repliedAt: Date | null;
  publishedAt: Date | null;
  handledAt: Date | null;
  createdAt: Date;
};

const SELECT = sql`
  select f.id, f.version, f.region_code as "regionCode", r.name as "regionName", r.type as "regionType",
         f.status, f.category, f.body, f.sender_name as "senderName", f.sender_email as "senderEmail",
         f.photo_file_id as "photoFileId",
         case when f.program_id is not null then 'program' else 'quick_win' end as "subjectKind",
         coalesce(f.program_id, f.quick_win_id) as "subjectId",
         coalesce(p.code, qp.code) as "subjectCode", coalesce(p.name, q.target) as "subjectTitle",
         f.reject_reason as "rejectReason", f.forwarded_opd_id as "forwardedOpdId", o.name as "forwardedOpdName",
         f.reply_body as "replyBody", f.replied_at as "repliedAt", f.published_at as "publishedAt",
         f.handled_at as "handledAt", f.created_at as "createdAt"
  from feedback f
  join region r on r.code = f.region_code
  left join program p on p.id = f.program_id
  left join quick_win q on q.id = f.quick_win_id
  left join program qp on qp.id = q.program_id
  left join opd o on o.id = f.forwarded_opd_id`;

const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/** Feedback rows matching `where` (a condition on `f`), in the given order and page. */
export async function readFeedbackRows(
  db: Db,
  opts: { where: SQL; orderBy?: SQL; limit?: number; offset?: number },
): Promise<FeedbackRow[]> {
  const rows = await queryRows<FeedbackRow>(
    db,
    sql`${SELECT} where ${opts.where} order by ${opts.orderBy ?? sql`f.created_at desc, f.id desc`}
        limit ${opts.limit ?? 1000} offset ${opts.offset ?? 0}`,
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    version: Number(r.version),
    subjectId: Number(r.subjectId),
    forwardedOpdId: r.forwardedOpdId === null ? null : Number(r.forwardedOpdId),
    repliedAt: date(r.repliedAt),
    publishedAt: date(r.publishedAt),
    handledAt: date(r.handledAt),
    createdAt: date(r.createdAt) as Date,
  }));
}
