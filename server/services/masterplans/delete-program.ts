import { and, eq } from "drizzle-orm";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { program, quickWin } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type LoadedProgram, lockDraftPlan } from "./load";
import { auditFields } from "./program-rules";

/** Deletes a program (budgets and steps go with it) unless quick wins are still drawn from it. */
export async function deleteProgram(db: Db, opts: { current: LoadedProgram; version: number; ctx: RequestContext }) {
  const { plan, program: before } = opts.current;
  await db.transaction(async (tx) => {
    await lockDraftPlan(tx, plan.id);
    const wins = await tx.select({ id: quickWin.id }).from(quickWin).where(eq(quickWin.programId, before.id));
    if (wins.length) throw new AppError("program_has_quick_wins", { quickWinIds: wins.map((w) => w.id) });
    const [gone] = await tx
      .delete(program)
      .where(and(eq(program.id, before.id), eq(program.version, opts.version)))
      .returning({ id: program.id });
    if (!gone) {
      const [now] = await tx.select().from(program).where(eq(program.id, before.id));
      throw new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
    }
    await recordAudit(tx, opts.ctx, {
      action: "program.deleted",
      entityType: "program",
      entityId: before.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      before: auditFields(before),
    });
  });
}
