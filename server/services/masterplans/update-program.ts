import { and, eq, sql } from "drizzle-orm";
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
