import { and, count, desc, eq, gt, isNull, type SQL } from "drizzle-orm";
import { type PageQuery, pageOffset } from "../../../domain/pagination";
import type { Db } from "../../db/client";
import { invitation, region } from "../../db/schema/index";

/** Invitations, newest first; `pendingOnly` keeps those still usable. */
export async function listInvitations(db: Db, f: PageQuery & { regionCode?: string; pendingOnly?: boolean }) {
  const filters: SQL[] = [];
  if (f.regionCode) filters.push(eq(invitation.regionCode, f.regionCode));
  if (f.pendingOnly) {
    filters.push(isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, new Date()));
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ invitation, regionName: region.name, regionType: region.type })
      .from(invitation)
      .leftJoin(region, eq(region.code, invitation.regionCode))
      .where(where)
      .orderBy(desc(invitation.createdAt), desc(invitation.id))
      .limit(f.pageSize)
      .offset(pageOffset(f)),
    db.select({ n: count() }).from(invitation).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
