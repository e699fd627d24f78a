import { and, count, eq, gt, isNull } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Auth } from "../../auth/auth";
import type { Db } from "../../db/client";
import { invitation, membership } from "../../db/schema/index";
import { createAccount } from "./create-account";
import { newToken } from "./tokens";

const SYSTEM: RequestContext = { actor: null, ip: null, userAgent: "kotacerdas (sistem)", requestId: "startup" };
const SETUP_DAYS = 7;

export type FirstAdminResult =
  | { kind: "exists" }
  | { kind: "created"; email: string }
  | { kind: "link"; link: string; email: string | null }
  | { kind: "link-already-issued" };

/**
 * Makes sure a national admin can exist: nothing when one does; the account from
 * ADMIN_EMAIL/ADMIN_PASSWORD when given; otherwise a one-time set-up link, issued once.
 */
export async function ensureFirstAdmin(
  db: Db,
  auth: Auth,
  opts: { admin?: { email: string; password?: string; name: string }; publicUrl: string; force?: boolean },
): Promise<FirstAdminResult> {
  const [admins] = await db.select({ n: count() }).from(membership).where(eq(membership.role, "national_admin"));
  if (!opts.force && (admins?.n ?? 0) > 0) return { kind: "exists" };
  if (opts.admin?.password) {
    const { email, password, name } = opts.admin;
    await db.transaction(async (tx) => {
      const created = await createAccount(tx, auth, {
        email,
        name,
        password,
        membership: { role: "national_admin" },
        createdBy: null,
      });
      await recordAudit(tx, SYSTEM, {
        action: "user.first_admin_created",
        entityType: "user",
        entityId: created.id,
        after: { email: created.email, name: created.name, role: "national_admin" },
      });
    });
    return { kind: "created", email };
  }
  if (!opts.force) {
    const [pending] = await db
      .select({ n: count() })
      .from(invitation)
      .where(
        and(
          eq(invitation.role, "national_admin"),
          isNull(invitation.acceptedAt),
          isNull(invitation.revokedAt),
          gt(invitation.expiresAt, new Date()),
        ),
      );
    if ((pending?.n ?? 0) > 0) return { kind: "link-already-issued" };
  }
  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    const [inv] = await tx
      .insert(invitation)
      .values({
        tokenHash: hash,
        email: opts.admin?.email ?? null,
        name: opts.admin?.name ?? null,
        role: "national_admin",
        expiresAt: new Date(Date.now() + SETUP_DAYS * 24 * 60 * 60 * 1000),
      })
      .returning({ id: invitation.id });
    await recordAudit(tx, SYSTEM, {
      action: "invitation.setup_link_issued",
      entityType: "invitation",
      entityId: inv?.id ?? null,
      after: { role: "national_admin", email: opts.admin?.email ?? null },
    });
  });
  return { kind: "link", link: `${opts.publicUrl}/undangan/${token}`, email: opts.admin?.email ?? null };
}
