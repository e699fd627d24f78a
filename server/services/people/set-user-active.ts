import { and, count, eq, ne } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { membership, session, user } from "../../db/schema/index";
import { AppError } from "../../errors";

/** Switches an account off (signing it out everywhere) or on again. */
export async function setUserActive(db: Db, opts: { userId: string; active: boolean; ctx: RequestContext }) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(user).where(eq(user.id, opts.userId));
    if (!current) throw new AppError("user_not_found");
    if (current.active === opts.active) return current;
    if (!opts.active) {
      const [isAdmin] = await tx
        .select({ n: count() })
        .from(membership)
        .where(and(eq(membership.userId, opts.userId), eq(membership.role, "national_admin")));
      if ((isAdmin?.n ?? 0) > 0) {
        const [others] = await tx
          .select({ n: count() })
          .from(membership)
          .innerJoin(user, eq(user.id, membership.userId))
          .where(and(eq(membership.role, "national_admin"), ne(membership.userId, opts.userId), eq(user.active, true)));
        if ((others?.n ?? 0) === 0) throw new AppError("last_admin");
      }
      await tx.delete(session).where(eq(session.userId, opts.userId));
    }
    const [updated] = await tx
      .update(user)
      .set({ active: opts.active, updatedAt: new Date() })
      .where(eq(user.id, opts.userId))
      .returning();
    await recordAudit(tx, opts.ctx, {
      action: opts.active ? "user.activated" : "user.deactivated",
      entityType: "user",
      entityId: opts.userId,
      before: { active: current.active },
      after: { active: opts.active },
    });
    return updated ?? current;
  });
}
