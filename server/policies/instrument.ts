import { type InstrumentStatus, instrumentEditable } from "../../domain/instruments/editor";
import { isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

export type InstrumentRes = { status: InstrumentStatus; inUse: boolean };

/** The program office edits readiness instruments: drafts change, published ones are retired, never rewritten once a cohort uses them. */
export const instrumentPolicy = definePolicy("instrument", {
  create: (actor, _i: object) => isNationalAdmin(actor),
  copy: (actor, _i: InstrumentRes) => isNationalAdmin(actor),
  update: (actor, i: InstrumentRes) => isNationalAdmin(actor) && instrumentEditable(i.status, i.inUse),
  publish: (actor, i: InstrumentRes) => isNationalAdmin(actor) && i.status === "draft",
  retire: (actor, i: InstrumentRes) => isNationalAdmin(actor) && i.status === "published",
});

const OPEN: InstrumentRes = { status: "draft", inUse: false };

/**
 * 401/403 when the actor may never do it to any instrument; when only this instrument's state
 * stands in the way, the service answers the 409 that says why.
 */
export function guardInstrument(
  actor: Parameters<typeof instrumentPolicy.can>[0],
  action: "update" | "publish" | "retire",
) {
  instrumentPolicy.authorize(actor, action, action === "retire" ? { ...OPEN, status: "published" } : OPEN);
}
