import { and, eq, sql } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { candidate } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedCandidate } from "./load";

/** Takes a region off the list with a reason; its answers and scores are kept for the record. */
export async function withdrawCandidate(
  db: Db,
  opts: { loaded: LoadedCandidate; reason: string; ctx: RequestContext },
) {
  const c = opts.loaded.candidate;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(candidate)
      .set({ status: "withdrawn", withdrawnReason: opts.reason, version: sql`${candidate.version} + 1` })
      .where(and(eq(candidate.id, c.id), eq(candidate.version, c.version)))
      .returning();
    if (!row) throw new AppError("version_conflict");
    await recordAudit(tx, opts.ctx, {
      action: "candidate.withdrawn",
      entityType: "candidate",
      entityId: row.id,
      regionCode: row.regionCode,
      before: { status: c.status },
      after: { status: row.status, withdrawnReason: opts.reason },
    });
    return row;
  });
}
