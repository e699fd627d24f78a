import { and, count, eq, sql } from "drizzle-orm";
import { type CohortStatus, type CohortUpdate, transitionBlocker } from "../../../domain/cohort";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { candidate, cohort, mou } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { CohortRow } from "./load";

/** Name, quota and planned dates, guarded by the version. */
export async function updateCohort(db: Db, opts: { current: CohortRow; input: CohortUpdate; ctx: RequestContext }) {
  const { version, ...fields } = opts.input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(cohort)
      .set({ ...fields, version: sql`${cohort.version} + 1`, updatedAt: new Date() })
      .where(and(eq(cohort.id, opts.current.id), eq(cohort.version, version)))
      .returning();
    if (!row) throw new AppError("version_conflict", { currentVersion: opts.current.version });
    const pick = (c: CohortRow) => ({ name: c.name, quota: c.quota, plan: c.plan });
    await recordAudit(tx, opts.ctx, {
      action: "cohort.updated",
      entityType: "cohort",
      entityId: row.id,
      before: pick(opts.current),
      after: pick(row),
    });
    return row;
  });
}

/** The facts that decide whether a phase change may happen. */
export async function cohortFacts(db: Db, cohortId: number, selectionPublished: boolean) {
  const rows = await db
    .select({ status: candidate.status, n: count(), signed: count(mou.signedOn) })
    .from(candidate)
    .leftJoin(mou, eq(mou.candidateId, candidate.id))
    .where(eq(candidate.cohortId, cohortId))
    .groupBy(candidate.status);
  const n = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return {
    candidates: rows.filter((r) => r.status !== "withdrawn").reduce((a, r) => a + r.n, 0),
    selected: n("selected"),
    mouSigned: rows.find((r) => r.status === "selected")?.signed ?? 0,
    selectionPublished,
  };
}

/** Moves the cohort to another phase when the transition map and the facts allow it. */
export async function transitionCohort(db: Db, opts: { current: CohortRow; to: CohortStatus; ctx: RequestContext }) {
  const facts = await cohortFacts(db, opts.current.id, opts.current.selectionPublishedAt !== null);
  const blocker = transitionBlocker(opts.current.status, opts.to, facts);
  if (blocker)
    throw new AppError(blocker as "transition_not_allowed", { from: opts.current.status, to: opts.to, ...facts });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(cohort)
      .set({ status: opts.to, version: sql`${cohort.version} + 1`, updatedAt: new Date() })
      .where(and(eq(cohort.id, opts.current.id), eq(cohort.status, opts.current.status)))
      .returning();
    if (!row) throw new AppError("version_conflict");
    await recordAudit(tx, opts.ctx, {
      action: "cohort.transitioned",
      entityType: "cohort",
      entityId: row.id,
      before: { status: opts.current.status },
      after: { status: row.status },
    });
    return row;
  });
}
