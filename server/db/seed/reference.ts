import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { FRAMEWORKS } from "../../../domain/framework/kominfo-2017";
import { RPM_2026 } from "../../../domain/framework/rpm-2026";
import { U4SSC_KPIS } from "../../../domain/indicators/u4ssc";
import { INSTRUMENTS } from "../../../domain/instruments/gmsc-readiness";
import type { Db } from "../client";
import { referenceData } from "../schema/index";
import { BUILTIN_SCHEMES, insertSchemeIfMissing } from "./evaluation-schemes";
import { createDraftFrameworkIfMissing, insertFrameworkIfMissing } from "./frameworks";
import { insertU4sscIfMissing } from "./indicators";
import { insertInstrumentIfMissing } from "./instruments";
import { loadRegionRows, upsertRegions } from "./regions";

export type ReferenceSeedResult = { regions: number; frameworksAdded: number; skipped: boolean };

const checksum = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/**
 * Loads the regions, frameworks (the published ones and the 2026 draft), instruments and the U4SSC indicator catalogue. Idempotent: an unchanged data set is skipped by
 * its checksum, so a restart costs one query.
 */
export async function seedReferenceData(db: Db, opts: { force?: boolean } = {}): Promise<ReferenceSeedResult> {
  const regionRows = await loadRegionRows();
  const sum = checksum({ regionRows, FRAMEWORKS, RPM_2026, INSTRUMENTS, U4SSC_KPIS, BUILTIN_SCHEMES });
  const [current] = await db.select().from(referenceData).where(eq(referenceData.key, "reference"));
  if (!opts.force && current?.checksum === sum) {
    return { regions: regionRows.length, frameworksAdded: 0, skipped: true };
  }
  await upsertRegions(db, regionRows);
  let frameworksAdded = 0;
  for (const [i, def] of FRAMEWORKS.entries()) {
    if (await insertFrameworkIfMissing(db, def, i === 0)) frameworksAdded++;
  }
  // Drafts go through the editor's service, and once there belong to the program office.
  if (await createDraftFrameworkIfMissing(db, RPM_2026)) frameworksAdded++;
  for (const def of INSTRUMENTS) await insertInstrumentIfMissing(db, def);
  // The shipped evaluation schemes, published on Kominfo 2017 (needs the framework above).
  for (const def of BUILTIN_SCHEMES) await insertSchemeIfMissing(db, def);
  // The national indicator catalogue starts from the U4SSC KPIs (needs the framework above).
  await insertU4sscIfMissing(db);
  await db
    .insert(referenceData)
    .values({ key: "reference", checksum: sum })
    .onConflictDoUpdate({ target: referenceData.key, set: { checksum: sum, loadedAt: new Date() } });
  return { regions: regionRows.length, frameworksAdded, skipped: false };
}
