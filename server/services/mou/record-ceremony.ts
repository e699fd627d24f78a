import { and, eq, inArray, sql } from "drizzle-orm";
import type { MouCeremonyInput } from "../../../domain/mou";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { candidate, mou } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { CohortRow } from "../cohorts/load";
import { mouFields } from "./record-mou";

/**
 * Records one signing ceremony for many regions (often the whole cohort, virtually, on one
 * day): the shared date, mode, place and ministry signatory on every memorandum, and each
 * region's own numbers and signatory. All or nothing, one audit event per region.
 */
export async function recordMouCeremony(
  db: Db,
  opts: { cohort: CohortRow; input: MouCeremonyInput; ctx: RequestContext },
) {
  const { input } = opts;
  if (opts.cohort.status !== "mou")
    throw new AppError("wrong_phase", { cohortStatus: opts.cohort.status, allowed: ["mou"] });
  return db.transaction(async (tx) => {
    const selected = await tx
      .select({ id: candidate.id, regionCode: candidate.regionCode })
      .from(candidate)
      .where(
        and(
          eq(candidate.cohortId, opts.cohort.id),
          eq(candidate.status, "selected"),
          inArray(candidate.id, input.candidateIds),
        ),
      );
    const found = new Set(selected.map((c) => c.id));
    const invalid = input.candidateIds.filter((id) => !found.has(id));
    if (invalid.length) throw new AppError("candidates_not_selected", { candidateIds: invalid });

    const existing = await tx.select().from(mou).where(inArray(mou.candidateId, input.candidateIds)).for("update");
    const shared = {
      signedOn: input.signedOn,
      mode: input.mode,
      ...(input.place !== undefined ? { place: input.place } : {}),
      ministrySignatoryName: input.ministrySignatoryName,
      ministrySignatoryPosition: input.ministrySignatoryPosition,
      ministrySignatoryNip: input.ministrySignatoryNip ?? null,
    };
    for (const c of selected) {
      const { candidateId: _, ...own } = input.numbers?.find((n) => n.candidateId === c.id) ?? { candidateId: c.id };
      const fields = { ...shared, ...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)) };
      const before = existing.find((m) => m.candidateId === c.id);
      const [row] = before
        ? await tx
            .update(mou)
            .set({ ...fields, version: sql`${mou.version} + 1`, updatedAt: new Date() })
            .where(eq(mou.id, before.id))
            .returning()
        : await tx
            .insert(mou)
            .values({ ...fields, candidateId: c.id })
            .returning();
      if (!row) throw new Error("mou write returned nothing");
      await recordAudit(tx, opts.ctx, {
        action: "mou.recorded",
        entityType: "mou",
        entityId: row.id,
        regionCode: c.regionCode,
        before: before ? mouFields(before) : null,
        after: mouFields(row),
      });
    }
    return selected.map((c) => c.id);
  });
}
