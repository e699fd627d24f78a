import { and, eq } from "drizzle-orm";
import type { QuickWinCreate, QuickWinUpdate } from "../../../domain/masterplan-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { program, quickWin } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import { type LoadedQuickWin, lockDraftPlan, type PlanRow } from "./load";
import { foreignOpdIds } from "./program-rules";

type QuickWinRow = typeof quickWin.$inferSelect;
const pick = (q: Pick<QuickWinRow, "programId" | "year" | "ownerOpdId" | "target" | "whyQuick">) => ({
  programId: q.programId,
  year: q.year,
  ownerOpdId: q.ownerOpdId,
  target: q.target,
  whyQuick: q.whyQuick,
});

/** A quick win comes from a program of the same plan, in a year of the period, owned by an OPD of the region. */
async function checkQuickWin(db: Db, plan: PlanRow, q: QuickWinCreate) {
  const issues: Array<{ path: string; message: string }> = [];
  const [p] = await db
    .select({ id: program.id })
    .from(program)
    .where(and(eq(program.id, q.programId), eq(program.masterplanId, plan.id)));
  if (!p) issues.push({ path: "body.programId", message: "Program tidak ada dalam masterplan ini" });
  if (q.year < plan.periodStart || q.year > plan.periodEnd)
    issues.push({ path: "body.year", message: `Tahun harus di dalam periode ${plan.periodStart}–${plan.periodEnd}` });
  if (q.ownerOpdId !== null && (await foreignOpdIds(db, plan.regionCode, [q.ownerOpdId])).length)
    issues.push({ path: "body.ownerOpdId", message: "OPD bukan OPD wilayah ini" });
  if (issues.length) throw new AppError("validation_failed", { issues });
}

/** Adds a quick win to a draft plan. */
export async function createQuickWin(db: Db, opts: { plan: PlanRow; input: QuickWinCreate; ctx: RequestContext }) {
  await checkQuickWin(db, opts.plan, opts.input);
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, opts.plan.id);
    const [row] = await tx
      .insert(quickWin)
      .values({ ...opts.input, masterplanId: opts.plan.id })
      .returning();
    if (!row) throw new Error("quick win insert failed");
    await recordAudit(tx, opts.ctx, {
      action: "quick_win.created",
      entityType: "quick_win",
      entityId: row.id,
      regionCode: opts.plan.regionCode,
      links: { masterplanId: opts.plan.id },
      after: pick(row),
    });
    return row;
  });
}

/** The quick win as it would be after the change. */
export function mergeQuickWin(current: QuickWinRow, changes: QuickWinUpdate): QuickWinRow {
  const { version: _v, ...fields } = changes;
  return { ...current, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
}

/** Changes a quick win if nobody changed it since `version`. */
export async function updateQuickWin(
  db: Db,
  opts: { current: LoadedQuickWin; changes: QuickWinUpdate; ctx: RequestContext },
) {
  const { plan, quickWin: before } = opts.current;
  const { version, ...fields } = opts.changes;
  await checkQuickWin(db, plan, mergeQuickWin(before, opts.changes));
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, plan.id);
    const row = await updateIfVersion(tx, quickWin, { id: before.id, version }, fields);
    await recordAudit(tx, opts.ctx, {
      action: "quick_win.updated",
      entityType: "quick_win",
      entityId: row.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      before: pick(before),
      after: pick(row),
    });
    return row;
  });
}

/** Deletes a quick win if nobody changed it since `version`. */
export async function deleteQuickWin(db: Db, opts: { current: LoadedQuickWin; version: number; ctx: RequestContext }) {
  const { plan, quickWin: before } = opts.current;
  await db.transaction(async (tx) => {
    await lockDraftPlan(tx, plan.id);
    const [gone] = await tx
      .delete(quickWin)
      .where(and(eq(quickWin.id, before.id), eq(quickWin.version, opts.version)))
      .returning({ id: quickWin.id });
    if (!gone) {
      const [now] = await tx.select().from(quickWin).where(eq(quickWin.id, before.id));
      throw new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
    }
    await recordAudit(tx, opts.ctx, {
      action: "quick_win.deleted",
      entityType: "quick_win",
      entityId: before.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      before: pick(before),
    });
  });
}
