import { and, asc, desc, eq } from "drizzle-orm";
import { frameworkSelectable } from "../../../domain/framework/editor";
import { canStartRevision } from "../../../domain/masterplan";
import type { MasterplanCreate } from "../../../domain/masterplan-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import {
  candidate,
  cohort,
  framework,
  governanceBody,
  masterplan,
  masterplanSection,
  program,
  programActionStep,
  programBudget,
  quickWin,
  region,
} from "../../db/schema/index";
import { AppError } from "../../errors";
import type { PlanRow } from "./load";

/**
 * Starts a region's plan, on the framework of the cohort that selected the region unless
 * another is named (the default when no cohort did). A region works on one plan at a time: a second plan is refused
 * while another is not yet enacted, and once one is enacted a new plan must be its revision
 * (`previousId`), which starts as a draft copy of every chapter, program, quick win and
 * governance body; the enacted plan stays as it was.
 */
export async function createMasterplan(
  db: Db,
  opts: { regionCode: string; input: MasterplanCreate; ctx: RequestContext },
): Promise<PlanRow> {
  const { input } = opts;
  return db.transaction(async (tx) => {
    // One creation per region at a time: the region row is the lock.
    await tx.select({ code: region.code }).from(region).where(eq(region.code, opts.regionCode)).for("update");
    const plans = await tx.select().from(masterplan).where(eq(masterplan.regionCode, opts.regionCode));
    const open = plans.find((p) => !canStartRevision(p.status));
    if (open) throw new AppError("masterplan_exists", { openId: open.id, status: open.status });
    const previous = input.previousId ? plans.find((p) => p.id === input.previousId) : undefined;
    if (input.previousId && !previous) throw new AppError("masterplan_not_found", { id: input.previousId });
    const latest = plans.reduce<PlanRow | undefined>((a, p) => (!a || p.id > a.id ? p : a), undefined);
    if (latest && previous?.id !== latest.id) throw new AppError("masterplan_exists", { reviseId: latest.id });

    let frameworkId = input.frameworkId ?? previous?.frameworkId;
    if (frameworkId === undefined) frameworkId = await frameworkForRegion(tx, opts.regionCode);
    else {
      const [fw] = await tx
        .select({ id: framework.id, status: framework.status })
        .from(framework)
        .where(eq(framework.id, frameworkId));
      if (!fw) throw new AppError("framework_not_found", { id: frameworkId });
      // A revision keeps its plan's framework; a new plan may name only a published one.
      if (input.frameworkId !== undefined && !frameworkSelectable(fw.status))
        throw new AppError("framework_not_published", { id: fw.id, status: fw.status });
    }
    if (frameworkId === undefined) throw new AppError("framework_not_found");

    const [row] = await tx
      .insert(masterplan)
      .values({
        regionCode: opts.regionCode,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        frameworkId,
        previousId: previous?.id ?? null,
      })
      .returning();
    if (!row) throw new Error("masterplan insert failed");
    if (previous) await copyContent(tx, previous.id, row.id);
    await recordAudit(tx, opts.ctx, {
      action: previous ? "masterplan.revision_started" : "masterplan.created",
      entityType: "masterplan",
      entityId: row.id,
      regionCode: row.regionCode,
      links: { masterplanId: row.id },
      after: {
        title: row.title,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        frameworkId: row.frameworkId,
        previousId: row.previousId,
      },
    });
    return row;
  });
}

/** The framework of the latest cohort that selected the region; the default when none did. */
async function frameworkForRegion(tx: Db, regionCode: string): Promise<number | undefined> {
  const [selected] = await tx
    .select({ id: cohort.frameworkId })
    .from(candidate)
    .innerJoin(cohort, eq(cohort.id, candidate.cohortId))
    .where(and(eq(candidate.regionCode, regionCode), eq(candidate.status, "selected")))
    .orderBy(desc(cohort.year), desc(cohort.id))
    .limit(1);
  if (selected) return selected.id;
  const [fw] = await tx.select({ id: framework.id }).from(framework).where(eq(framework.isDefault, true));
  return fw?.id;
}

/** Copies the content of one plan into a new draft, keeping quick wins attached to the copied programs. */
async function copyContent(tx: Db, fromId: number, toId: number) {
  const sections = await tx.select().from(masterplanSection).where(eq(masterplanSection.masterplanId, fromId));
  if (sections.length)
    await tx
      .insert(masterplanSection)
      .values(sections.map((s) => ({ masterplanId: toId, key: s.key, content: s.content })));
  const programs = await tx.select().from(program).where(eq(program.masterplanId, fromId)).orderBy(asc(program.id));
  const idMap = new Map<number, number>();
  for (const { id, masterplanId: _m, version: _v, createdAt: _c, updatedAt: _u, ...p } of programs) {
    const [copy] = await tx
      .insert(program)
      .values({ ...p, masterplanId: toId })
      .returning({ id: program.id });
    if (!copy) throw new Error("program copy failed");
    idMap.set(id, copy.id);
    const budgets = await tx.select().from(programBudget).where(eq(programBudget.programId, id));
    if (budgets.length) await tx.insert(programBudget).values(budgets.map((b) => ({ ...b, programId: copy.id })));
    const steps = await tx.select().from(programActionStep).where(eq(programActionStep.programId, id));
    if (steps.length)
      await tx.insert(programActionStep).values(steps.map(({ id: _i, ...s }) => ({ ...s, programId: copy.id })));
  }
  const wins = await tx.select().from(quickWin).where(eq(quickWin.masterplanId, fromId));
  if (wins.length)
    await tx.insert(quickWin).values(
      wins.map(({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...q }) => ({
        ...q,
        masterplanId: toId,
        programId: idMap.get(q.programId) ?? q.programId,
      })),
    );
  const bodies = await tx.select().from(governanceBody).where(eq(governanceBody.masterplanId, fromId));
  if (bodies.length)
    await tx
      .insert(governanceBody)
      .values(
        bodies.map(({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...g }) => ({ ...g, masterplanId: toId })),
      );
}
