import type { FrameworkDetail } from "../../domain/framework/schemas";
import type { Actor } from "../../domain/roles";
import { frameworkPolicy } from "../policies/framework";

/** A framework with what the caller may do with it. */
export function presentFramework(actor: Actor | null, fw: FrameworkDetail, inUse: boolean) {
  return { data: fw, can: frameworkPolicy.abilities(actor, { status: fw.status, isDefault: fw.isDefault, inUse }) };
}
