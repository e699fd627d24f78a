import { sql } from "drizzle-orm";
import type { FeedbackSubjectKind } from "../../../domain/feedback";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { AppError } from "../../errors";

export type FeedbackSubject = {
  kind: FeedbackSubjectKind;
  id: number;
  code: string;
  title: string;
  ownerOpdId: number | null;
};

/**
 * The program or quick win a citizen writes about, only if it belongs to the region's enacted
 * plan: a draft plan's programs are not public, so they take no feedback either (404).
 */
export async function findFeedbackSubject(
  db: Db,
  opts: { regionCode: string; kind: FeedbackSubjectKind; id: number },
): Promise<FeedbackSubject> {
  const query =
    opts.kind === "program"
      ? sql`select p.id, p.code, p.name as title, p.owner_opd_id as "ownerOpdId"
            from program p join masterplan m on m.id = p.masterplan_id
            where p.id = ${opts.id} and m.region_code = ${opts.regionCode} and m.status = 'enacted'`
      : sql`select q.id, p.code, q.target as title, coalesce(q.owner_opd_id, p.owner_opd_id) as "ownerOpdId"
            from quick_win q join program p on p.id = q.program_id join masterplan m on m.id = q.masterplan_id
            where q.id = ${opts.id} and m.region_code = ${opts.regionCode} and m.status = 'enacted'`;
  const [row] = await queryRows<Omit<FeedbackSubject, "kind">>(db, query);
  if (!row) throw new AppError("feedback_subject_not_found", { kind: opts.kind, id: opts.id });
  return { kind: opts.kind, ...row, id: Number(row.id) };
}
