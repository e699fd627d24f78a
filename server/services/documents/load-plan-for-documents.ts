import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { masterplan } from "../../db/schema/index";
import { AppError } from "../../errors";
import { masterplanPolicy } from "../../policies/masterplan";
import { planRes } from "../../presenters/masterplan";
import { loadMasterplan, type PlanRow } from "../masterplans/load";

/**
 * The plan whose official documents are asked for. Whoever may read the plan gets it in any
 * status (scoped: another region's draft is not found); an enacted plan is public, so anyone,
 * signed in or not, gets its documents. The public asking for anything else must sign in (401).
 */
export async function loadPlanForDocuments(db: Db, id: number, actor: Actor | null): Promise<PlanRow> {
  if (actor) {
    const plan = await loadMasterplan(db, id, actor).catch((err: unknown) => {
      if (err instanceof AppError && err.code === "masterplan_not_found") return null;
      throw err;
    });
    if (plan) {
      masterplanPolicy.authorize(actor, "read", planRes(plan));
      return plan;
    }
  }
  const [enacted] = await db
    .select()
    .from(masterplan)
    .where(and(eq(masterplan.id, id), eq(masterplan.status, "enacted")));
  if (enacted) return enacted;
  throw new AppError(actor ? "masterplan_not_found" : "unauthenticated", { id });
}

/** Any plan by its number, for the operator's command line (which reads the whole database anyway). */
export async function loadPlanById(db: Db, id: number): Promise<PlanRow> {
  const [row] = await db.select().from(masterplan).where(eq(masterplan.id, id));
  if (!row) throw new AppError("masterplan_not_found", { id });
  return row;
}
