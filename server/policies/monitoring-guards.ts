import type { Actor } from "../../domain/roles";
import { AppError } from "../errors";
import {
  type MonitoredRes,
  programIndicatorPolicy,
  progressPolicy,
  type RealisationRes,
  realisationPolicy,
} from "./monitoring";

// 403 when the actor may never do it; 409 when they could and only the plan's status (or the
// realisation's) stands in the way, so the page can say why instead of hiding the reason.

/** Linking indicators and setting targets: open while the plan is a draft or enacted. */
export function guardTargets(actor: Actor, action: "create" | "update" | "delete", res: MonitoredRes) {
  if (programIndicatorPolicy.can(actor, action, res)) return;
  if (programIndicatorPolicy.can(actor, action, { ...res, status: "draft" }))
    throw new AppError("indicator_targets_locked", { status: res.status });
  programIndicatorPolicy.authorize(actor, action, res);
}

/** Entering a realisation or progress: only on an enacted plan. */
export function guardEntry(actor: Actor, policy: "realisation" | "progress", res: MonitoredRes) {
  const enacted = { ...res, status: "enacted" as const };
  if (policy === "realisation") {
    if (realisationPolicy.can(actor, "enter", res)) return;
    if (realisationPolicy.can(actor, "enter", enacted))
      throw new AppError("monitoring_not_open", { status: res.status });
    realisationPolicy.authorize(actor, "enter", res);
    return;
  }
  if (progressPolicy.can(actor, "update", res)) return;
  if (progressPolicy.can(actor, "update", enacted)) throw new AppError("monitoring_not_open", { status: res.status });
  progressPolicy.authorize(actor, "update", res);
}

/** Changing, reviewing or adding evidence to a realisation. */
export function guardRealisation(actor: Actor, action: "update" | "verify" | "return" | "attach", res: RealisationRes) {
  if (realisationPolicy.can(actor, action, res)) return;
  if (realisationPolicy.can(actor, action, { ...res, status: "enacted", realisationStatus: "entered" })) {
    if (res.status !== "enacted") throw new AppError("monitoring_not_open", { status: res.status });
    throw new AppError("realisation_transition_not_allowed", { status: res.realisationStatus, action });
  }
  realisationPolicy.authorize(actor, action, res);
}
