import { desc, eq } from "drizzle-orm";
import type { CohortCreate } from "../../../domain/cohort";
import { frameworkSelectable } from "../../../domain/framework/editor";
import { instrumentSelectable } from "../../../domain/instruments/editor";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { cohort, framework, readinessInstrument } from "../../db/schema/index";
import { AppError } from "../../errors";

/** A new cohort in draft, on the default framework and the newest published instrument unless others are named (published ones only). */
export async function createCohort(db: Db, opts: { input: CohortCreate; ctx: RequestContext }) {
  const { input } = opts;
  const [fw] = await db
    .select({ id: framework.id, status: framework.status })
    .from(framework)
    .where(input.frameworkId ? eq(framework.id, input.frameworkId) : eq(framework.isDefault, true));
  if (!fw) throw new AppError("framework_not_found", { id: input.frameworkId });
  if (!frameworkSelectable(fw.status)) throw new AppError("framework_not_published", { id: fw.id, status: fw.status });
  // Unless one is named, the newest published instrument.
  const [instrument] = await db
    .select({ id: readinessInstrument.id, status: readinessInstrument.status })
    .from(readinessInstrument)
    .where(
      input.instrumentId ? eq(readinessInstrument.id, input.instrumentId) : eq(readinessInstrument.status, "published"),
    )
    .orderBy(desc(readinessInstrument.id))
    .limit(1);
  if (!instrument) throw new AppError("instrument_not_found", { id: input.instrumentId ?? null });
  if (!instrumentSelectable(instrument.status))
    throw new AppError("instrument_not_published", { id: instrument.id, status: instrument.status });
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cohort)
        .values({
          year: input.year,
          name: input.name,
          quota: input.quota,
          frameworkId: fw.id,
          instrumentId: instrument.id,
          plan: input.plan ?? {},
        })
        .returning();
      if (!row) throw new Error("cohort insert returned nothing");
      await recordAudit(tx, opts.ctx, {
        action: "cohort.created",
        entityType: "cohort",
        entityId: row.id,
        after: { year: row.year, name: row.name, quota: row.quota, frameworkId: row.frameworkId },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("cohort_name_taken");
    throw err;
  }
}
