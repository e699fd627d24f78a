import { and, eq, isNull } from "drizzle-orm";
import { U4SSC_KPIS, u4sscCatalogueEntry } from "../../../domain/indicators/u4ssc";
import type { Db } from "../client";
import { framework, indicator } from "../schema/index";

/**
 * Adds the U4SSC KPIs missing from the national catalogue, mapped in the "kominfo-2017"
 * framework. Entries already there (by code) are left alone: the national admin may have
 * edited them. Returns how many were added.
 */
export async function insertU4sscIfMissing(db: Db): Promise<number> {
  const [fw] = await db
    .select({ id: framework.id })
    .from(framework)
    .where(and(eq(framework.code, "kominfo-2017"), eq(framework.version, "2017")));
  if (!fw) return 0;
  const existing = new Set(
    (await db.select({ code: indicator.code }).from(indicator).where(isNull(indicator.regionCode))).map((r) => r.code),
  );
  const missing = U4SSC_KPIS.filter((k) => !existing.has(k.code)).map((k) => ({
    ...u4sscCatalogueEntry(k),
    regionCode: null,
    frameworkId: fw.id,
  }));
  if (!missing.length) return 0;
  await db.insert(indicator).values(missing).onConflictDoNothing();
  return missing.length;
}
