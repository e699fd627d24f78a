import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../../audit/record";
import type { Db } from "../../db/client";
import { opd } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { FeedbackRow } from "./feedback-rows";
import { moderateFeedback } from "./moderate-feedback";

/** Forwards a feedback to an OPD of the same region, whose staff are told and may mark it handled. */
export async function forwardFeedback(
  db: Db,
  opts: { current: FeedbackRow; version: number; opdId: number; ctx: RequestContext },
) {
  const [target] = await db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.id, opts.opdId), eq(opd.regionCode, opts.current.regionCode)));
  if (!target)
    throw new AppError("validation_failed", {
      issues: [{ path: "body.opdId", message: "OPD tidak ditemukan di wilayah ini" }],
    });
  return moderateFeedback(db, {
    ...opts,
    action: "forward",
    fields: { forwardedOpdId: target.id, forwardedAt: new Date() },
    audit: { forwardedOpdId: target.id },
  });
}
