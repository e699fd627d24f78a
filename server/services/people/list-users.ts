import { and, asc, count, eq, exists, ilike, inArray, or, type SQL } from "drizzle-orm";
import { type PageQuery, pageOffset } from "../../../domain/pagination";
import type { Role } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { likeEscape } from "../../db/like";
import { membership, opd, region, user } from "../../db/schema/index";

export type UserListFilter = PageQuery & {
  q?: string;
  role?: Role;
  regionCode?: string;
  active?: boolean;
  id?: string;
};

/** Users with their memberships. `regionCode` keeps those holding a role in that region. */
export async function listUsers(db: Db, f: UserListFilter) {
  const filters: SQL[] = [];
  if (f.q) {
    const pattern = `%${likeEscape(f.q)}%`;
    const match = or(ilike(user.name, pattern), ilike(user.email, pattern));
    if (match) filters.push(match);
  }
  if (f.active !== undefined) filters.push(eq(user.active, f.active));
  if (f.id) filters.push(eq(user.id, f.id));
  if (f.role || f.regionCode) {
    const conds = [eq(membership.userId, user.id)];
    if (f.role) conds.push(eq(membership.role, f.role));
    if (f.regionCode) conds.push(eq(membership.regionCode, f.regionCode));
    filters.push(
      exists(
        db
          .select({ one: membership.id })
          .from(membership)
          .where(and(...conds)),
      ),
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const [users, [total]] = await Promise.all([
    db
      .select()
      .from(user)
      .where(where)
      .orderBy(asc(user.name), asc(user.email))
      .limit(f.pageSize)
      .offset(pageOffset(f)),
    db.select({ n: count() }).from(user).where(where),
  ]);
  const memberships = users.length
    ? await db
        .select({
          id: membership.id,
          userId: membership.userId,
          role: membership.role,
          regionCode: membership.regionCode,
          regionName: region.name,
          regionType: region.type,
          opdId: membership.opdId,
          opdName: opd.name,
          cohortId: membership.cohortId,
        })
        .from(membership)
        .leftJoin(region, eq(region.code, membership.regionCode))
        .leftJoin(opd, eq(opd.id, membership.opdId))
        .where(
          inArray(
            membership.userId,
            users.map((u) => u.id),
          ),
        )
        .orderBy(asc(membership.id))
    : [];
  return {
    rows: users.map((u) => ({ ...u, memberships: memberships.filter((m) => m.userId === u.id) })),
    total: total?.n ?? 0,
  };
}

export type UserWithMemberships = Awaited<ReturnType<typeof listUsers>>["rows"][number];

/** One user with memberships, or undefined. */
export async function getUserWithMemberships(db: Db, id: string): Promise<UserWithMemberships | undefined> {
  const { rows } = await listUsers(db, { page: 1, pageSize: 1, id });
  return rows[0];
}
