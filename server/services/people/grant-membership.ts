import type { MembershipInput } from "../../../domain/roles";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { membership } from "../../db/schema/index";
import { AppError } from "../../errors";
import { checkScope } from "./check-scope";

/** Gives an existing user another role in a scope. */
export async function grantMembership(db: Db, opts: { userId: string; input: MembershipInput; ctx: RequestContext }) {
  await checkScope(db, opts.input);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(membership)
        .values({
          userId: opts.userId,
          role: opts.input.role,
          regionCode: opts.input.regionCode ?? null,
          opdId: opts.input.opdId ?? null,
          cohortId: opts.input.cohortId ?? null,
          createdBy: opts.ctx.actor?.userId ?? null,
        })
        .returning();
      if (!row) throw new Error("membership insert returned nothing");
      await recordAudit(tx, opts.ctx, {
        action: "membership.granted",
        entityType: "user",
        entityId: opts.userId,
        regionCode: row.regionCode,
        after: { role: row.role, regionCode: row.regionCode, opdId: row.opdId, cohortId: row.cohortId },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("membership_exists");
    throw err;
  }
}
