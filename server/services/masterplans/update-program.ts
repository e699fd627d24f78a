import { and, eq, sql } from "drizzle-orm";
import { budgetProblems } from "../../../domain/masterplan";
import type { ProgramUpdate } from "../../../domain/masterplan-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { program } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type LoadedProgram, lockDraftPlan, withChildren } from "./load";
import { auditFields, checkProgram, replaceChildren } from "./program-rules";

/** The program as it would be after the change, for the checks and the policy. */
export function mergeProgram(current: LoadedProgram["program"], changes: ProgramUpdate) {
  const { version: _v, ...fields } = changes;
  return {
    ...current,
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
  } as LoadedProgram["program"];
}

/** Changes a program if nobody changed it since `version`; 409 with the current program otherwise. */
export async function updateProgram(
  db: Db,
  opts: { current: LoadedProgram; changes: ProgramUpdate; ctx: RequestContext },
) {
  const { plan, program: before } = opts.current;
  const { version, budgets, actionPlan, ...fields } = opts.changes;
  const after = mergeProgram(before, opts.changes);
  await checkProgram(db, plan, after);
  checkChildYears(after, { budgetsGiven: budgets !== undefined, stepsGiven: actionPlan !== undefined });
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, plan.id);
    const [row] = await tx
      .update(program)
      .set({ ...fields, version: sql`${program.version} + 1`, updatedAt: new Date() })
      .where(and(eq(program.id, before.id), eq(program.version, version)))
      .returning();
    if (!row) {
      const now = await tx.select().from(program).where(eq(program.id, before.id));
      const [current] = await withChildren(tx, now);
      throw new AppError("version_conflict", { currentVersion: current?.version, current: current ?? null });
    }
    await replaceChildren(tx, row.id, { budgets, actionPlan });
    const [full] = await withChildren(tx, [row]);
    if (!full) throw new Error("program reload failed");
    await recordAudit(tx, opts.ctx, {
      action: "program.updated",
      entityType: "program",
      entityId: row.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      before: auditFields(before),
      after: auditFields(full),
    });
    return full;
  });
}

/**
 * Budget lines and action steps must stay inside the program's years, also when only the years
 * change: lines kept from before that fall outside are reported on the year fields, so the form
 * asks to adjust them instead of storing a program whose budget lies outside its own years.
 */
function checkChildYears(
  after: ReturnType<typeof mergeProgram>,
  given: { budgetsGiven: boolean; stepsGiven: boolean },
): void {
  const span = { startYear: after.startYear, endYear: after.endYear };
  const issues: Array<{ path: string; message: string }> = [];
  for (const b of budgetProblems(after.budgets, span))
    issues.push(
      given.budgetsGiven
        ? { path: `body.budgets.${b.index}.year`, message: b.message }
        : { path: "body.endYear", message: `${b.message}; ubah juga anggarannya` },
    );
  after.actionPlan.forEach((step, i) => {
    if (step.year >= span.startYear && step.year <= span.endYear) return;
    const message = `Tahun rencana aksi ${step.year} di luar tahun program ${span.startYear}–${span.endYear}`;
    issues.push(
      given.stepsGiven
        ? { path: `body.actionPlan.${i}.year`, message }
        : { path: "body.endYear", message: `${message}; ubah juga rencana aksinya` },
    );
  });
  // The body's own arrays were already checked against the body's years by the schema; report each problem once.
  const unique = [...new Map(issues.map((i) => [`${i.path}|${i.message}`, i])).values()];
  if (unique.length) throw new AppError("validation_failed", { issues: unique });
}
