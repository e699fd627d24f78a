import { and, count, eq, ne } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { membership, user } from "../../db/schema/index";
import { AppError } from "../../errors";

type MembershipRow = typeof membership.$inferSelect;

/** Takes a role away; the last active national admin keeps theirs. */
export async function revokeMembership(db: Db, opts: { row: MembershipRow; ctx: RequestContext }) {
  const { row } = opts;
  return db.transaction(async (tx) => {
    if (row.role === "national_admin") {
      const [others] = await tx
        .select({ n: count() })
        .from(membership)
        .innerJoin(user, eq(user.id, membership.userId))
        .where(and(eq(membership.role, "national_admin"), ne(membership.id, row.id), eq(user.active, true)));
      if ((others?.n ?? 0) === 0) throw new AppError("last_admin");
    }
    await tx.delete(membership).where(eq(membership.id, row.id));
    await recordAudit(tx, opts.ctx, {
      action: "membership.revoked",
      entityType: "user",
      entityId: row.userId,
      regionCode: row.regionCode,
      before: { role: row.role, regionCode: row.regionCode, opdId: row.opdId, cohortId: row.cohortId },
    });
  });
}
