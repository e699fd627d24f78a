import { and, eq, isNull } from "drizzle-orm";
import type { InvitationAccept } from "../../../domain/people";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Auth } from "../../auth/auth";
import type { Db } from "../../db/client";
import { invitation } from "../../db/schema/index";
import { AppError } from "../../errors";
import { createAccount } from "./create-account";
import { findPendingInvitation } from "./find-invitation";

/**
 * Turns an invitation into an account with a password and the invited role. The first
 * admin's set-up link has no e-mail, so the person gives one here.
 */
export async function acceptInvitation(
  db: Db,
  auth: Auth,
  opts: { token: string; input: InvitationAccept; ctx: RequestContext },
) {
  const inv = await findPendingInvitation(db, opts.token);
  const email = inv.email ?? opts.input.email;
  if (!email)
    throw new AppError("validation_failed", { issues: [{ path: "body.email", message: "E-mail wajib diisi" }] });
  return db.transaction(async (tx) => {
    // Marking first makes a double submit of the same link fail instead of creating two accounts.
    const marked = await tx
      .update(invitation)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitation.id, inv.id), isNull(invitation.acceptedAt)))
      .returning({ id: invitation.id });
    if (marked.length === 0) throw new AppError("invitation_invalid");
    const created = await createAccount(tx, auth, {
      email,
      name: opts.input.name,
      password: opts.input.password,
      membership: { role: inv.role, regionCode: inv.regionCode, opdId: inv.opdId, cohortId: inv.cohortId },
      createdBy: inv.invitedBy,
    });
    await tx.update(invitation).set({ userId: created.id }).where(eq(invitation.id, inv.id));
    const ctx = {
      ...opts.ctx,
      actor: { userId: created.id, email: created.email, name: created.name, memberships: [] },
    };
    await recordAudit(tx, ctx, {
      action: "invitation.accepted",
      entityType: "user",
      entityId: created.id,
      regionCode: inv.regionCode,
      after: { email: created.email, name: created.name, role: inv.role, regionCode: inv.regionCode, opdId: inv.opdId },
    });
    return created;
  });
}
