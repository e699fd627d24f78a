import { hasRole, inRegion, isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

/** Who may see and change a region's list of OPD. */
export const opdPolicy = definePolicy("opd", {
  read: (actor, r: { regionCode: string }) => isNationalAdmin(actor) || inRegion(actor, r.regionCode),
  create: (actor, r: { regionCode: string }) =>
    isNationalAdmin(actor) || hasRole(actor, "region_coordinator", r.regionCode),
  update: (actor, r: { regionCode: string }) =>
    isNationalAdmin(actor) || hasRole(actor, "region_coordinator", r.regionCode),
});
