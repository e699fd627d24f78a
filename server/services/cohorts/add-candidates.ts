import { and, eq, inArray, ne } from "drizzle-orm";
import { parseRegionCodeList } from "../../../domain/cohort";
import type { CandidatesAdd } from "../../../domain/cohort-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { candidate, region } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { CohortRow } from "./load";

/**
 * Invites regions to a cohort, all or nothing: an unknown or malformed code stops the whole
 * request and is reported; regions already on the list are skipped and reported.
 */
export async function addCandidates(db: Db, opts: { cohort: CohortRow; input: CandidatesAdd; ctx: RequestContext }) {
  if (!["draft", "assessment"].includes(opts.cohort.status))
    throw new AppError("wrong_phase", { status: opts.cohort.status });
  const parsed = parseRegionCodeList(opts.input.codesText ?? "");
  const wanted = new Set([...(opts.input.regionCodes ?? []), ...parsed.codes]);
  if (opts.input.province) {
    const inProvince = await db
      .select({ code: region.code })
      .from(region)
      .where(and(eq(region.provinceCode, opts.input.province), ne(region.type, "provinsi")));
    if (inProvince.length === 0)
      throw new AppError("unknown_region_codes", { unknown: [opts.input.province], malformed: [] });
    for (const r of inProvince) wanted.add(r.code);
  }
  const codes = [...wanted];
  const known = codes.length
    ? await db.select({ code: region.code }).from(region).where(inArray(region.code, codes))
    : [];
  const knownSet = new Set(known.map((k) => k.code));
  const unknown = codes.filter((c) => !knownSet.has(c));
  if (unknown.length || parsed.malformed.length) {
    throw new AppError("unknown_region_codes", { unknown, malformed: parsed.malformed });
  }
  const existing = await db
    .select({ code: candidate.regionCode })
    .from(candidate)
    .where(and(eq(candidate.cohortId, opts.cohort.id), inArray(candidate.regionCode, codes.length ? codes : ["-"])));
  const already = new Set(existing.map((e) => e.code));
  const toAdd = codes.filter((c) => !already.has(c));
  const added = await db.transaction(async (tx) => {
    if (toAdd.length === 0) return [];
    const rows = await tx
      .insert(candidate)
      .values(toAdd.map((regionCode) => ({ cohortId: opts.cohort.id, regionCode })))
      .returning();
    for (const row of rows) {
      await recordAudit(tx, opts.ctx, {
        action: "candidate.invited",
        entityType: "candidate",
        entityId: row.id,
        regionCode: row.regionCode,
        after: { cohortId: row.cohortId, regionCode: row.regionCode, status: row.status },
      });
    }
    return rows;
  });
  return { added, alreadyCandidates: [...already] };
}
