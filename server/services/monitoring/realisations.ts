import { and, asc, eq, sql } from "drizzle-orm";
import { nextRealisationStatus, realisationYearProblem } from "../../../domain/monitoring";
import type { RealisationCreate, RealisationUpdate } from "../../../domain/monitoring-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { observation } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type LoadedProgramIndicator, type LoadedRealisation, lockEnactedPlan, type ObservationRow } from "./load";

const auditOf = (o: ObservationRow) => ({
  programIndicatorId: o.programIndicatorId,
  year: o.year,
  semester: o.semester,
  value: o.value,
  note: o.note,
  status: o.status,
  reviewNote: o.reviewNote,
});

/** The realisations of a program indicator, by year and semester (whole year first). */
export async function listRealisations(db: Db, programIndicatorId: number) {
  return db
    .select()
    .from(observation)
    .where(eq(observation.programIndicatorId, programIndicatorId))
    .orderBy(asc(observation.year), sql`${observation.semester} nulls first`);
}

function checkYear(plan: LoadedProgramIndicator["plan"], year: number) {
  const problem = realisationYearProblem(year, plan, new Date().getUTCFullYear());
  if (problem) throw new AppError("validation_failed", { issues: [{ path: "body.year", message: problem }] });
}

/** Enters a realisation for a year or semester of an enacted plan; 409 when one exists for that period. */
export async function createRealisation(
  db: Db,
  opts: { current: LoadedProgramIndicator; input: RealisationCreate; ctx: RequestContext },
) {
  const { plan, link } = opts.current;
  checkYear(plan, opts.input.year);
  return db
    .transaction(async (tx) => {
      await lockEnactedPlan(tx, plan.id);
      const [row] = await tx
        .insert(observation)
        .values({ ...opts.input, programIndicatorId: link.id, enteredBy: opts.ctx.actor?.userId ?? null })
        .returning();
      if (!row) throw new Error("realisation insert failed");
      await recordAudit(tx, opts.ctx, {
        action: "realisation.created",
        entityType: "realisation",
        entityId: row.id,
        regionCode: plan.regionCode,
        after: auditOf(row),
      });
      return row;
    })
    .catch((err) => {
      if (isUniqueViolation(err))
        throw new AppError("realisation_exists", { year: opts.input.year, semester: opts.input.semester });
      throw err;
    });
}

/** Changes the value or note; an entered or returned realisation becomes entered again (awaits verification). */
export async function updateRealisation(
  db: Db,
  opts: { current: LoadedRealisation; changes: RealisationUpdate; ctx: RequestContext },
) {
  const { plan, realisation: before } = opts.current;
  const { version, ...changes } = opts.changes;
  const fields = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    await lockEnactedPlan(tx, plan.id);
    const [row] = await tx
      .update(observation)
      .set({
        ...fields,
        status: "entered",
        enteredBy: opts.ctx.actor?.userId ?? null,
        version: sql`${observation.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(observation.id, before.id),
          eq(observation.version, version),
          sql`${observation.status} in ('entered', 'returned')`,
        ),
      )
      .returning();
    if (!row) throw await conflict(tx, before.id);
    await recordAudit(tx, opts.ctx, {
      action: "realisation.updated",
      entityType: "realisation",
      entityId: row.id,
      regionCode: plan.regionCode,
      before: auditOf(before),
      after: auditOf(row),
    });
    return row;
  });
}

/** The coordinator verifies an entered realisation or returns it with a note. */
export async function reviewRealisation(
  db: Db,
  opts: {
    current: LoadedRealisation;
    action: "verify" | "return";
    version: number;
    note?: string;
    ctx: RequestContext;
  },
) {
  const { plan, realisation: before } = opts.current;
  const to = nextRealisationStatus(before.status, opts.action);
  if (!to) throw new AppError("realisation_transition_not_allowed", { status: before.status, action: opts.action });
  return db.transaction(async (tx) => {
    await lockEnactedPlan(tx, plan.id);
    const [row] = await tx
      .update(observation)
      .set({
        status: to,
        reviewNote: opts.action === "return" ? (opts.note ?? "") : null,
        reviewedBy: opts.ctx.actor?.userId ?? null,
        reviewedAt: new Date(),
        version: sql`${observation.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(observation.id, before.id),
          eq(observation.version, opts.version),
          eq(observation.status, before.status),
        ),
      )
      .returning();
    if (!row) throw await conflict(tx, before.id);
    await recordAudit(tx, opts.ctx, {
      action: opts.action === "verify" ? "realisation.verified" : "realisation.returned",
      entityType: "realisation",
      entityId: row.id,
      regionCode: plan.regionCode,
      before: auditOf(before),
      after: auditOf(row),
    });
    return row;
  });
}

/** 409: a stale version, or a status changed meanwhile (e.g. verified while it was being edited). */
async function conflict(tx: Db, id: number) {
  const [now] = await tx.select().from(observation).where(eq(observation.id, id));
  return new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
}
