import { eq } from "drizzle-orm";
import { invitationStatus } from "../../../domain/people";
import type { Db } from "../../db/client";
import { invitation } from "../../db/schema/index";
import { AppError } from "../../errors";
import { hashToken } from "./tokens";

/** The pending invitation of a link token; used, revoked, expired or unknown links are all 410. */
export async function findPendingInvitation(db: Db, token: string) {
  const [row] = await db
    .select()
    .from(invitation)
    .where(eq(invitation.tokenHash, hashToken(token)));
  if (!row || invitationStatus(row, new Date()) !== "pending") throw new AppError("invitation_invalid");
  return row;
}
