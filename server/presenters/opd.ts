import type { OpdOut } from "../../domain/opd";
import type { Actor } from "../../domain/roles";
import { opdPolicy } from "../policies/opd";
import type { OpdRow } from "../services/opds/load-opd";

export function presentOpd(actor: Actor | null, o: OpdRow): OpdOut {
  return {
    id: o.id,
    regionCode: o.regionCode,
    name: o.name,
    abbreviation: o.abbreviation,
    kind: o.kind,
    active: o.active,
    version: o.version,
    can: { update: opdPolicy.can(actor, "update", o) },
  };
}
