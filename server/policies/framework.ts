import { type FrameworkStatus, frameworkEditable } from "../../domain/framework/editor";
import { isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

export type FrameworkRes = { status: FrameworkStatus; isDefault: boolean; inUse: boolean };

/** The program office edits frameworks: drafts change, published ones are published or retired, never rewritten once used. */
export const frameworkPolicy = definePolicy("framework", {
  create: (actor, _f: object) => isNationalAdmin(actor),
  copy: (actor, _f: FrameworkRes) => isNationalAdmin(actor),
  update: (actor, f: FrameworkRes) => isNationalAdmin(actor) && frameworkEditable(f.status, f.inUse),
  publish: (actor, f: FrameworkRes) => isNationalAdmin(actor) && f.status === "draft",
  retire: (actor, f: FrameworkRes) => isNationalAdmin(actor) && f.status === "published" && !f.isDefault,
});

const OPEN: FrameworkRes = { status: "draft", isDefault: false, inUse: false };

/**
 * 401/403 when the actor may never do it to any framework; when only this framework's state
 * stands in the way, the service answers the 409 that says why.
 */
export function guardFramework(
  actor: Parameters<typeof frameworkPolicy.can>[0],
  action: "update" | "publish" | "retire",
) {
  frameworkPolicy.authorize(actor, action, action === "retire" ? { ...OPEN, status: "published" } : OPEN);
}
