import type { ProgramCreate } from "../../../domain/masterplan-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { program } from "../../db/schema/index";
import { lockDraftPlan, type PlanRow, withChildren } from "./load";
import { auditFields, checkProgram, replaceChildren } from "./program-rules";

/** Adds a program with its budgets and action plan to a draft plan. */
export async function createProgram(db: Db, opts: { plan: PlanRow; input: ProgramCreate; ctx: RequestContext }) {
  const { budgets, actionPlan, ...fields } = opts.input;
  await checkProgram(db, opts.plan, fields);
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, opts.plan.id);
    const [row] = await tx
      .insert(program)
      .values({ ...fields, masterplanId: opts.plan.id })
      .returning();
    if (!row) throw new Error("program insert failed");
    await replaceChildren(tx, row.id, { budgets, actionPlan });
    const [full] = await withChildren(tx, [row]);
    if (!full) throw new Error("program reload failed");
    await recordAudit(tx, opts.ctx, {
      action: "program.created",
      entityType: "program",
      entityId: row.id,
      regionCode: opts.plan.regionCode,
      links: { masterplanId: opts.plan.id },
      after: auditFields(full),
    });
    return full;
  });
}
