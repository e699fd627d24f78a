import { and, eq, isNull } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { invitation } from "../../db/schema/index";
import { AppError } from "../../errors";

type InvitationRow = typeof invitation.$inferSelect;

/** Cancels a pending invitation so its link stops working. */
export async function revokeInvitation(db: Db, opts: { row: InvitationRow; ctx: RequestContext }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitation)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitation.id, opts.row.id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
      .returning();
    if (!row) throw new AppError("invitation_invalid");
    await recordAudit(tx, opts.ctx, {
      action: "invitation.revoked",
      entityType: "invitation",
      entityId: row.id,
      regionCode: row.regionCode,
      before: { status: "pending" },
      after: { status: "revoked" },
    });
    return row;
  });
}
