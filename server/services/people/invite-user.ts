import { and, eq, isNull } from "drizzle-orm";
import type { InvitationCreate } from "../../../domain/people";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { invitation, user } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { Mailer } from "../../mail/mailer";
import { invitationMail } from "../../mail/templates";
import { checkScope } from "./check-scope";
import { newToken } from "./tokens";

export const INVITATION_DAYS = 7;

/**
 * Invites a person to a role by e-mail. A pending invitation to the same e-mail is replaced,
 * so "send again" is the same action. The link is e-mailed (or kept in the outbox).
 */
export async function inviteUser(
  db: Db,
  opts: { input: InvitationCreate; ctx: RequestContext; mailer: Mailer; publicUrl: string },
) {
  const { input, ctx } = opts;
  const scope = await checkScope(db, input);
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, input.email));
  if (existing) throw new AppError("email_taken", { userId: existing.id });
  const { token, hash } = newToken();
  const link = `${opts.publicUrl}/undangan/${token}`;
  const row = await db.transaction(async (tx) => {
    await tx
      .update(invitation)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitation.email, input.email), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)));
    const [created] = await tx
      .insert(invitation)
      .values({
        tokenHash: hash,
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        regionCode: input.regionCode ?? null,
        opdId: input.opdId ?? null,
        cohortId: input.cohortId ?? null,
        invitedBy: ctx.actor?.userId ?? null,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      })
      .returning();
    if (!created) throw new Error("invitation insert returned nothing");
    await recordAudit(tx, ctx, {
      action: "invitation.created",
      entityType: "invitation",
      entityId: created.id,
      regionCode: created.regionCode,
      after: { email: created.email, role: created.role, regionCode: created.regionCode, opdId: created.opdId },
    });
    const mailId = await opts.mailer.queue(
      tx,
      invitationMail({
        to: input.email,
        name: input.name ?? null,
        role: input.role,
        scope,
        inviter: ctx.actor?.name ?? "Admin Kota Cerdas",
        link,
        expiresDays: INVITATION_DAYS,
      }),
    );
    return { created, mailId };
  });
  await opts.mailer.deliver(db, row.mailId);
  return { invitation: row.created, link };
}
