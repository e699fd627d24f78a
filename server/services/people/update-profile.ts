import { eq } from "drizzle-orm";
import type { ProfileUpdate } from "../../../domain/people";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { user } from "../../db/schema/index";
import { AppError } from "../../errors";

/** The signed-in person's own name and language. */
export async function updateProfile(db: Db, opts: { userId: string; input: ProfileUpdate; ctx: RequestContext }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(user).where(eq(user.id, opts.userId));
    if (!before) throw new AppError("user_not_found");
    const [after] = await tx
      .update(user)
      .set({ ...opts.input, updatedAt: new Date() })
      .where(eq(user.id, opts.userId))
      .returning();
    if (!after) throw new AppError("user_not_found");
    await recordAudit(tx, opts.ctx, {
      action: "user.profile_updated",
      entityType: "user",
      entityId: opts.userId,
      before: { name: before.name, language: before.language },
      after: { name: after.name, language: after.language },
    });
    return after;
  });
}
