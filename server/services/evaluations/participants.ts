import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { candidate, cohort, evaluation, masterplan, region } from "../../db/schema/index";
import { AppError } from "../../errors";

/**
 * The regions a round takes by default: every kabupaten/kota with an approved or enacted
 * masterplan — the regions that have something to implement and be evaluated on — narrowed
 * to the regions selected in a cohort when one is named.
 */
export async function defaultParticipants(db: Db, cohortId: number | null): Promise<string[]> {
  if (cohortId !== null) {
    const [c] = await db.select({ id: cohort.id }).from(cohort).where(eq(cohort.id, cohortId));
    if (!c) throw new AppError("cohort_not_found", { id: cohortId });
  }
  const withPlan = db
    .selectDistinct({ code: masterplan.regionCode })
    .from(masterplan)
    .where(inArray(masterplan.status, ["approved", "enacted"]));
  const rows =
    cohortId === null
      ? await withPlan
      : await db
          .selectDistinct({ code: masterplan.regionCode })
          .from(masterplan)
          .innerJoin(
            candidate,
            and(
              eq(candidate.regionCode, masterplan.regionCode),
              eq(candidate.cohortId, cohortId),
              eq(candidate.status, "selected"),
            ),
          )
          .where(inArray(masterplan.status, ["approved", "enacted"]));
  return rows.map((r) => r.code).sort();
}

/** Checks chosen regions: every code must be a kabupaten/kota; else 422 listing the others. */
export async function checkParticipantCodes(db: Db, codes: string[]): Promise<string[]> {
  const unique = [...new Set(codes)].sort();
  if (!unique.length) return unique;
  const found = await db
    .select({ code: region.code })
    .from(region)
    .where(and(inArray(region.code, unique), ne(region.type, "provinsi")));
  const known = new Set(found.map((r) => r.code));
  const unknown = unique.filter((c) => !known.has(c));
  if (unknown.length) throw new AppError("unknown_region_codes", { unknown });
  return unique;
}

/** Makes the round's participants exactly `codes`, keeping the rows (and their answers) of those who stay. */
export async function replaceParticipants(tx: Db, roundId: number, codes: string[]) {
  const current = await tx
    .select({ id: evaluation.id, regionCode: evaluation.regionCode })
    .from(evaluation)
    .where(eq(evaluation.roundId, roundId));
  const wanted = new Set(codes);
  const have = new Set(current.map((c) => c.regionCode));
  const removed = current.filter((c) => !wanted.has(c.regionCode));
  const added = codes.filter((c) => !have.has(c));
  if (removed.length)
    await tx.delete(evaluation).where(
      inArray(
        evaluation.id,
        removed.map((r) => r.id),
      ),
    );
  if (added.length) await tx.insert(evaluation).values(added.map((regionCode) => ({ roundId, regionCode })));
  return { added, removed: removed.map((r) => r.regionCode) };
}
