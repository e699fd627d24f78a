import { and, count, eq, ne } from "drizzle-orm";
import { INSTRUMENT_TRANSITIONS, type InstrumentTransition } from "../../../domain/instruments/editor";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { readinessInstrument } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";

/**
 * Publishes a draft or retires a published instrument, checked against the revision read. The last
 * published instrument stays: a new cohort always needs one to take.
 */
export async function transitionInstrument(
  db: Db,
  opts: { id: number; revision: number; action: InstrumentTransition; ctx: RequestContext },
) {
  const { from, to } = INSTRUMENT_TRANSITIONS[opts.action];
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: readinessInstrument.status })
      .from(readinessInstrument)
      .where(eq(readinessInstrument.id, opts.id));
    if (!before) throw new AppError("instrument_not_found", { id: opts.id });
    if (before.status !== from)
      throw new AppError("instrument_transition_not_allowed", { status: before.status, action: opts.action });
    if (opts.action === "retire") {
      const [others] = await tx
        .select({ n: count() })
        .from(readinessInstrument)
        .where(and(eq(readinessInstrument.status, "published"), ne(readinessInstrument.id, opts.id)));
      if ((others?.n ?? 0) === 0)
        throw new AppError("instrument_transition_not_allowed", {
          status: before.status,
          action: opts.action,
          reason: "last_published",
        });
    }
    const row = await updateIfVersion(
      tx,
      readinessInstrument,
      { id: opts.id, version: opts.revision },
      { status: to },
      "revision",
    );
    await recordAudit(tx, opts.ctx, {
      action: `instrument.${opts.action === "publish" ? "published" : "retired"}`,
      entityType: "readiness_instrument",
      entityId: opts.id,
      before: { status: before.status },
      after: { status: row.status },
    });
    return row;
  });
}
