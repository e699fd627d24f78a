import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { masterplanPolicy } from "../../policies/masterplan";
import { planRes } from "../../presenters/masterplan";
import type { PlanRow } from "./load";
import { planCompleteness } from "./plan-facts";

/**
 * Whether the completeness checklist is met, asked only when the actor's role and the plan's
 * status would let them submit it (a draft, its coordinator); null otherwise, so reading a
 * plan costs the checklist's queries only for the person who can act on it.
 */
export async function submitCheck(db: Db, actor: Actor | null, plan: PlanRow): Promise<boolean | null> {
  if (!masterplanPolicy.can(actor, "submit", planRes(plan))) return null;
  return (await planCompleteness(db, plan)).ok;
}
