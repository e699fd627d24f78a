import type { MasterplanStatus } from "../../domain/masterplan";
import { nextRealisationStatus, type RealisationStatus } from "../../domain/monitoring";
import { type Actor, hasRole, inRegion, isMentorOf, isNationalAdmin } from "../../domain/roles";
import { ownsOpd } from "./masterplan";
import { definePolicy } from "./policy";

/** A program (or quick win) as monitoring rules see it: its plan's region and status, the owning OPD. */
export type MonitoredRes = { regionCode: string; status: MasterplanStatus; ownerOpdId: number | null };
/** A realisation: its program's facts and its own status. */
export type RealisationRes = MonitoredRes & { realisationStatus: RealisationStatus };

const coordinator = (actor: Actor, r: { regionCode: string }) => hasRole(actor, "region_coordinator", r.regionCode);
/** The coordinator, or an OPD contributor of the OPD that owns the program. */
const entrant = (actor: Actor, r: MonitoredRes) => coordinator(actor, r) || ownsOpd(actor, r);
/** Region members, the region's mentor and the national admin read monitoring data. */
const read = (actor: Actor, r: { regionCode: string }) =>
  isNationalAdmin(actor) || inRegion(actor, r.regionCode) || isMentorOf(actor, r.regionCode);
/** Values are entered for an enacted plan: implementation starts with the Perkada. */
const enacted = (r: MonitoredRes) => r.status === "enacted";
/** Indicators and targets are part of the plan (draft) and may be completed after enactment. */
const targetsOpen = (r: MonitoredRes) => r.status === "draft" || r.status === "enacted";

/** The catalogue: the national admin keeps the national one, a coordinator the region's own indicators. */
export const indicatorPolicy = definePolicy("indicator", {
  read: (actor, r: { regionCode: string | null }) => r.regionCode === null || read(actor, { regionCode: r.regionCode }),
  create: (actor, r: { regionCode: string | null }) =>
    r.regionCode === null ? isNationalAdmin(actor) : coordinator(actor, { regionCode: r.regionCode }),
  update: (actor, r: { regionCode: string | null }) =>
    r.regionCode === null ? isNationalAdmin(actor) : coordinator(actor, { regionCode: r.regionCode }),
});

/** A program's indicators, baseline and targets. */
export const programIndicatorPolicy = definePolicy("program_indicator", {
  read,
  create: (actor, r: MonitoredRes) => entrant(actor, r) && targetsOpen(r),
  update: (actor, r: MonitoredRes) => entrant(actor, r) && targetsOpen(r),
  delete: (actor, r: MonitoredRes) => entrant(actor, r) && targetsOpen(r),
});

/** Realisations: the owning OPD (or coordinator) enters them, the coordinator verifies or returns them. */
export const realisationPolicy = definePolicy("realisation", {
  read,
  enter: (actor, r: MonitoredRes) => entrant(actor, r) && enacted(r),
  update: (actor, r: RealisationRes) =>
    entrant(actor, r) && enacted(r) && nextRealisationStatus(r.realisationStatus, "edit") !== null,
  attach: (actor, r: RealisationRes) => entrant(actor, r) && enacted(r) && r.realisationStatus !== "verified",
  verify: (actor, r: RealisationRes) =>
    coordinator(actor, r) && enacted(r) && nextRealisationStatus(r.realisationStatus, "verify") !== null,
  return: (actor, r: RealisationRes) =>
    coordinator(actor, r) && enacted(r) && nextRealisationStatus(r.realisationStatus, "return") !== null,
});

/** Yearly progress of programs and quick wins. */
export const progressPolicy = definePolicy("progress", {
  read,
  update: (actor, r: MonitoredRes) => entrant(actor, r) && enacted(r),
});

/** The plan's monitoring as a whole: importing values (any entrant of the region) and verifying them. */
export const planMonitoringPolicy = definePolicy("monitoring", {
  import: (actor, r: { regionCode: string; status: MasterplanStatus }) =>
    r.status === "enacted" && (coordinator(actor, r) || hasRole(actor, "opd_contributor", r.regionCode)),
  verify: (actor, r: { regionCode: string; status: MasterplanStatus }) =>
    r.status === "enacted" && coordinator(actor, r),
});
