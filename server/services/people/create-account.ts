import { randomUUID } from "node:crypto";
import type { MembershipInput } from "../../../domain/roles";
import type { Auth } from "../../auth/auth";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { account, membership, user } from "../../db/schema/index";
import { AppError } from "../../errors";

/**
 * Creates a user with an e-mail/password credential and one membership, inside the
 * caller's transaction. The password is hashed by the identity library's own hasher.
 */
export async function createAccount(
  tx: Db,
  auth: Auth,
  opts: { email: string; name: string; password: string; membership: MembershipInput; createdBy: string | null },
) {
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(opts.password);
  const id = randomUUID();
  try {
    const [created] = await tx
      .insert(user)
      .values({ id, email: opts.email.toLowerCase(), name: opts.name, emailVerified: true })
      .returning();
    await tx
      .insert(account)
      .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash });
    await tx.insert(membership).values({
      userId: id,
      role: opts.membership.role,
      regionCode: opts.membership.regionCode ?? null,
      opdId: opts.membership.opdId ?? null,
      cohortId: opts.membership.cohortId ?? null,
      createdBy: opts.createdBy,
    });
    if (!created) throw new Error("user insert returned nothing");
    return created;
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("email_taken");
    throw err;
  }
}
