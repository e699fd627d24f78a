import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { readFeedbackRows } from "./feedback-rows";
import { feedbackScope } from "./load-feedback";

export type QueueFilter = "open" | "pending" | "published" | "rejected" | "all";

const FILTERS: Record<QueueFilter, SQL> = {
  // What still needs someone: waiting for moderation, or published and not yet handled.
  open: sql`(f.status = 'pending' or (f.status = 'published' and f.handled_at is null))`,
  pending: sql`f.status = 'pending'`,
  published: sql`f.status = 'published'`,
  rejected: sql`f.status = 'rejected'`,
  all: sql`true`,
};

/** The region's moderation queue in the person's scope, oldest waiting first for open items, with counts. */
export async function listFeedbackQueue(
  db: Db,
  opts: { regionCode: string; actor: Actor; status: QueueFilter; page: number; pageSize: number },
) {
  const base = sql`f.region_code = ${opts.regionCode} and ${feedbackScope(opts.actor)}`;
  const where = sql`${base} and ${FILTERS[opts.status]}`;
  const [rows, [counts]] = await Promise.all([
    readFeedbackRows(db, {
      where,
      orderBy: opts.status === "open" || opts.status === "pending" ? sql`f.created_at, f.id` : undefined,
      limit: opts.pageSize,
      offset: (opts.page - 1) * opts.pageSize,
    }),
    queryRows<{ total: number; pending: number; open: number }>(
      db,
      sql`select count(*) filter (where ${FILTERS[opts.status]})::int as total,
                 count(*) filter (where ${FILTERS.pending})::int as pending,
                 count(*) filter (where ${FILTERS.open})::int as open
          from feedback f where ${base}`,
    ),
  ]);
  return {
    rows,
    total: Number(counts?.total ?? 0),
    counts: { pending: Number(counts?.pending ?? 0), open: Number(counts?.open ?? 0) },
  };
}
