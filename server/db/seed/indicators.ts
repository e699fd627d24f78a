import { eq, isNull } from "drizzle-orm";
import { U4SSC_KPIS, u4sscCatalogueEntry } from "../../../domain/indicators/u4ssc";
import { getFramework } from "../../services/frameworks/get-framework";
import type { Db } from "../client";
import { framework, indicator } from "../schema/index";

/**
 * Adds the U4SSC KPIs missing from the national catalogue, mapped in the default framework: each
 * KPI lands on the element of that framework carrying its tag, or stays unmapped. Entries
 * already there (by code) are left alone: the national admin may have edited them. Returns how
 * many were added.
 */
export async function insertU4sscIfMissing(db: Db): Promise<number> {
  const [fw] = await db.select({ id: framework.id }).from(framework).where(eq(framework.isDefault, true));
  if (!fw) return 0;
  const existing = new Set(
    (await db.select({ code: indicator.code }).from(indicator).where(isNull(indicator.regionCode))).map((r) => r.code),
  );
  const todo = U4SSC_KPIS.filter((k) => !existing.has(k.code));
  if (!todo.length) return 0;
  const def = await getFramework(db, fw.id);
  const missing = todo.map((k) => ({ ...u4sscCatalogueEntry(k, def), regionCode: null, frameworkId: fw.id }));
  await db.insert(indicator).values(missing).onConflictDoNothing();
  return missing.length;
}
