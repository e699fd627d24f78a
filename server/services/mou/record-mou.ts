import { eq, sql } from "drizzle-orm";
import type { MouInput } from "../../../domain/mou";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { mou } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedCandidate } from "../cohorts/load";
import { MOU_PHASES } from "./load-mou";

type MouRow = typeof mou.$inferSelect;

/** The recorded fields of a memorandum, as the audit trail shows them. */
export const mouFields = (m: Partial<MouRow> | null | undefined) => ({
  ministryNumber: m?.ministryNumber ?? null,
  regionNumber: m?.regionNumber ?? null,
  signedOn: m?.signedOn ?? null,
  mode: m?.mode ?? null,
  place: m?.place ?? null,
  ministrySignatoryName: m?.ministrySignatoryName ?? null,
  ministrySignatoryPosition: m?.ministrySignatoryPosition ?? null,
  ministrySignatoryNip: m?.ministrySignatoryNip ?? null,
  regionSignatoryName: m?.regionSignatoryName ?? null,
  regionSignatoryPosition: m?.regionSignatoryPosition ?? null,
  scanFileId: m?.scanFileId ?? null,
});

/** Only once the selection is published is there a memorandum to record. */
export function requireMouPhase(c: LoadedCandidate) {
  if (!MOU_PHASES.includes(c.cohort.status))
    throw new AppError("wrong_phase", { cohortStatus: c.cohort.status, allowed: MOU_PHASES });
}

/**
 * Records or corrects one region's memorandum. Creating needs no version (or 0); changing
 * needs the version read, so two people never overwrite each other silently.
 */
export async function recordMou(db: Db, opts: { candidate: LoadedCandidate; input: MouInput; ctx: RequestContext }) {
  requireMouPhase(opts.candidate);
  const { version, ...given } = opts.input;
  const fields = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<MouRow>;
  const candidateId = opts.candidate.candidate.id;
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select().from(mou).where(eq(mou.candidateId, candidateId)).for("update");
      if ((existing?.version ?? 0) !== (version ?? 0))
        throw new AppError("version_conflict", { currentVersion: existing?.version ?? 0, current: existing ?? null });
      const [row] = existing
        ? await tx
            .update(mou)
            .set({ ...fields, version: sql`${mou.version} + 1`, updatedAt: new Date() })
            .where(eq(mou.id, existing.id))
            .returning()
        : await tx
            .insert(mou)
            .values({ ...fields, candidateId })
            .returning();
      if (!row) throw new Error("mou write returned nothing");
      await recordAudit(tx, opts.ctx, {
        action: "mou.recorded",
        entityType: "mou",
        entityId: row.id,
        regionCode: opts.candidate.candidate.regionCode,
        before: existing ? mouFields(existing) : null,
        after: mouFields(row),
      });
      return row;
    });
  } catch (err) {
    // Two first recordings at once: the second lost the race like a stale version.
    if (isUniqueViolation(err)) throw new AppError("version_conflict", { currentVersion: 1 });
    throw err;
  }
}
