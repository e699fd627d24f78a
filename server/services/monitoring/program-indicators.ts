import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { yearProblem } from "../../../domain/monitoring";
import type { ProgramIndicatorCreate, ProgramIndicatorUpdate } from "../../../domain/monitoring-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { indicator, indicatorTarget, masterplan, observation, programIndicator } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedProgramIndicator, PlanRow, ProgramBase } from "./load";

/** A program's indicators with their indicator, targets and realisations, in three queries. */
export async function listProgramIndicators(db: Db, programIds: number[]) {
  if (!programIds.length) return [];
  const links = await db
    .select({ link: programIndicator, indicator })
    .from(programIndicator)
    .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
    .where(inArray(programIndicator.programId, programIds))
    .orderBy(asc(programIndicator.programId), asc(programIndicator.id));
  const ids = links.map((l) => l.link.id);
  if (!ids.length) return [];
  const [targets, values] = await Promise.all([
    db
      .select()
      .from(indicatorTarget)
      .where(inArray(indicatorTarget.programIndicatorId, ids))
      .orderBy(asc(indicatorTarget.year)),
    db
      .select()
      .from(observation)
      .where(inArray(observation.programIndicatorId, ids))
      .orderBy(asc(observation.year), asc(observation.semester)),
  ]);
  return links.map((l) => ({
    ...l,
    targets: targets.filter((t) => t.programIndicatorId === l.link.id).map(({ year, value }) => ({ year, value })),
    values: values.filter((v) => v.programIndicatorId === l.link.id),
  }));
}

/** 422 with field paths when a target or the baseline does not fit the plan period. */
function checkYears(plan: PlanRow, b: { targets?: Array<{ year: number }>; baselineYear?: number | null }) {
  const issues: Array<{ path: string; message: string }> = [];
  b.targets?.forEach((t, i) => {
    const problem = yearProblem(t.year, plan);
    if (problem) issues.push({ path: `body.targets.${i}.year`, message: problem });
  });
  if (b.baselineYear !== undefined && b.baselineYear !== null && b.baselineYear > plan.periodStart)
    issues.push({
      path: "body.baselineYear",
      message: `Tahun baseline paling lambat ${plan.periodStart}, awal periode masterplan`,
    });
  if (issues.length) throw new AppError("validation_failed", { issues });
}

/** Holds the plan for the transaction and refuses when indicators and targets are locked (in review, approved). */
async function lockTargetsOpen(tx: Db, planId: number) {
  const [row] = await tx.select().from(masterplan).where(eq(masterplan.id, planId)).for("share");
  if (!row) throw new AppError("masterplan_not_found", { id: planId });
  if (row.status !== "draft" && row.status !== "enacted")
    throw new AppError("indicator_targets_locked", { status: row.status });
}

async function replaceTargets(tx: Db, id: number, targets: Array<{ year: number; value: number }>) {
  await tx.delete(indicatorTarget).where(eq(indicatorTarget.programIndicatorId, id));
  if (targets.length) await tx.insert(indicatorTarget).values(targets.map((t) => ({ ...t, programIndicatorId: id })));
}

/** Links an indicator (national, or the plan region's own, and active) to a program with baseline and targets. */
export async function linkIndicator(
  db: Db,
  opts: { plan: PlanRow; program: ProgramBase; input: ProgramIndicatorCreate; ctx: RequestContext },
) {
  const { plan, input } = opts;
  const [ind] = await db.select().from(indicator).where(eq(indicator.id, input.indicatorId));
  if (!ind || (ind.regionCode !== null && ind.regionCode !== plan.regionCode))
    throw new AppError("validation_failed", {
      issues: [
        { path: "body.indicatorId", message: "Indikator tidak ada di katalog nasional atau katalog wilayah ini" },
      ],
    });
  if (!ind.active)
    throw new AppError("validation_failed", {
      issues: [{ path: "body.indicatorId", message: "Indikator ini sudah tidak aktif" }],
    });
  checkYears(plan, input);
  const { targets, ...fields } = input;
  return db
    .transaction(async (tx) => {
      await lockTargetsOpen(tx, plan.id);
      const [row] = await tx
        .insert(programIndicator)
        .values({ ...fields, programId: opts.program.id })
        .returning();
      if (!row) throw new Error("program indicator insert failed");
      await replaceTargets(tx, row.id, targets);
      await recordAudit(tx, opts.ctx, {
        action: "program_indicator.created",
        entityType: "program_indicator",
        entityId: row.id,
        regionCode: plan.regionCode,
        after: { programId: row.programId, indicatorCode: ind.code, ...fields, targets },
      });
      return row;
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw new AppError("program_indicator_exists", { indicatorId: input.indicatorId });
      throw err;
    });
}

/** Changes baseline, note or targets (sent targets replace all) if nobody changed it since `version`. */
export async function updateProgramIndicator(
  db: Db,
  opts: { current: LoadedProgramIndicator; changes: ProgramIndicatorUpdate; ctx: RequestContext },
) {
  const { plan, link } = opts.current;
  const { version, targets, ...rest } = opts.changes;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  checkYears(plan, opts.changes);
  return db.transaction(async (tx) => {
    await lockTargetsOpen(tx, plan.id);
    const before = await tx.select().from(indicatorTarget).where(eq(indicatorTarget.programIndicatorId, link.id));
    const [row] = await tx
      .update(programIndicator)
      .set({ ...fields, version: sql`${programIndicator.version} + 1`, updatedAt: new Date() })
      .where(and(eq(programIndicator.id, link.id), eq(programIndicator.version, version)))
      .returning();
    if (!row) {
      const [now] = await tx.select().from(programIndicator).where(eq(programIndicator.id, link.id));
      throw new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
    }
    if (targets) await replaceTargets(tx, row.id, targets);
    const pick = (r: typeof link) => ({ baselineValue: r.baselineValue, baselineYear: r.baselineYear, note: r.note });
    await recordAudit(tx, opts.ctx, {
      action: "program_indicator.updated",
      entityType: "program_indicator",
      entityId: row.id,
      regionCode: plan.regionCode,
      before: { ...pick(link), targets: before.map(({ year, value }) => ({ year, value })) },
      after: { ...pick(row), targets: targets ?? before.map(({ year, value }) => ({ year, value })) },
    });
    return row;
  });
}

/** Removes an indicator from a program; refused while realisations exist (they would go with it). */
export async function unlinkIndicator(
  db: Db,
  opts: { current: LoadedProgramIndicator; version: number; ctx: RequestContext },
) {
  const { plan, link, indicator: ind } = opts.current;
  await db.transaction(async (tx) => {
    await lockTargetsOpen(tx, plan.id);
    const [n] = await tx.select({ n: count() }).from(observation).where(eq(observation.programIndicatorId, link.id));
    if ((n?.n ?? 0) > 0) throw new AppError("program_indicator_has_realisations", { count: n?.n });
    const [gone] = await tx
      .delete(programIndicator)
      .where(and(eq(programIndicator.id, link.id), eq(programIndicator.version, opts.version)))
      .returning({ id: programIndicator.id });
    if (!gone) throw new AppError("version_conflict", { currentVersion: link.version });
    await recordAudit(tx, opts.ctx, {
      action: "program_indicator.deleted",
      entityType: "program_indicator",
      entityId: link.id,
      regionCode: plan.regionCode,
      before: { programId: link.programId, indicatorCode: ind.code, baselineValue: link.baselineValue },
    });
  });
}
