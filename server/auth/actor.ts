import { fromNodeHeaders } from "better-auth/node";
import { eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Actor, Membership } from "../../domain/roles";
import type { Db } from "../db/client";
import { membership } from "../db/schema/index";
import { AppError } from "../errors";
import type { Auth } from "./auth";

/** Memberships of a user, in a stable order. */
export async function loadMemberships(db: Db, userId: string): Promise<Membership[]> {
  return db
    .select({
      id: membership.id,
      role: membership.role,
      regionCode: membership.regionCode,
      opdId: membership.opdId,
      cohortId: membership.cohortId,
    })
    .from(membership)
    .where(eq(membership.userId, userId))
    .orderBy(membership.id);
}

/** The signed-in actor of a request from its session cookie, or null for the public. */
export async function resolveActor(auth: Auth, db: Db, req: FastifyRequest): Promise<Actor | null> {
  if (!req.headers.cookie) return null;
  const found = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!found || found.user.active === false) return null;
  return {
    userId: found.user.id,
    email: found.user.email,
    name: found.user.name,
    memberships: await loadMemberships(db, found.user.id),
  };
}

/** The actor, or 401 for the public. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError("unauthenticated");
  return req.actor;
}
