import { and, eq } from "drizzle-orm";
import type { MembershipInput } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { cohort, opd, region } from "../../db/schema/index";
import { AppError } from "../../errors";

/** The region and OPD of a role exist, and the OPD belongs to the region. Returns a readable scope name. */
export async function checkScope(db: Db, m: MembershipInput): Promise<string | null> {
  if (m.cohortId) {
    const [c] = await db.select({ name: cohort.name }).from(cohort).where(eq(cohort.id, m.cohortId));
    if (!c) throw new AppError("cohort_not_found", { id: m.cohortId });
    if (!m.regionCode) return c.name;
  }
  if (!m.regionCode) return null;
  const [r] = await db.select().from(region).where(eq(region.code, m.regionCode));
  if (!r) throw new AppError("region_not_found", { code: m.regionCode });
  const regionName = r.type === "provinsi" ? `Provinsi ${r.name}` : r.name;
  if (!m.opdId) return regionName;
  const [o] = await db
    .select()
    .from(opd)
    .where(and(eq(opd.id, m.opdId), eq(opd.regionCode, m.regionCode)));
  if (!o) throw new AppError("opd_not_found", { id: m.opdId });
  return `${o.name} (${o.abbreviation}), ${regionName}`;
}
