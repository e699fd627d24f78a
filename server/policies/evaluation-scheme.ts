import { type SchemeStatus, schemeEditable } from "../../domain/evaluation/scheme-editor";
import { isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

export type SchemeRes = { status: SchemeStatus; inUse: boolean };

/** The program office edits evaluation schemes: drafts change, published ones are retired, never rewritten once a round uses them. */
export const schemePolicy = definePolicy("evaluation_scheme", {
  create: (actor, _s: object) => isNationalAdmin(actor),
  copy: (actor, _s: SchemeRes) => isNationalAdmin(actor),
  update: (actor, s: SchemeRes) => isNationalAdmin(actor) && schemeEditable(s.status, s.inUse),
  publish: (actor, s: SchemeRes) => isNationalAdmin(actor) && s.status === "draft",
  retire: (actor, s: SchemeRes) => isNationalAdmin(actor) && s.status === "published",
});

const OPEN: SchemeRes = { status: "draft", inUse: false };

/**
 * 401/403 when the actor may never do it to any scheme; when only this scheme's state stands
 * in the way, the service answers the 409 that says why.
 */
export function guardScheme(actor: Parameters<typeof schemePolicy.can>[0], action: "update" | "publish" | "retire") {
  schemePolicy.authorize(actor, action, action === "retire" ? { ...OPEN, status: "published" } : OPEN);
}
