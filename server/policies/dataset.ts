import { hasRole, isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

/**
 * Who publishes open data (Perpres 39/2019): a region's walidata — the region's coordinator —
 * publishes or withdraws its region's datasets; the program office the national ones. Region
 * viewers and the program office may look at a region's list.
 */
export const datasetPolicy = definePolicy("dataset", {
  publish: (a, d: { regionCode: string | null }) =>
    d.regionCode === null ? isNationalAdmin(a) : hasRole(a, "region_coordinator", d.regionCode),
  withdraw: (a, d: { regionCode: string | null }) =>
    d.regionCode === null ? isNationalAdmin(a) : hasRole(a, "region_coordinator", d.regionCode),
});

export const datasetListPolicy = definePolicy("datasetList", {
  list: (a, r: { regionCode: string | null }) =>
    isNationalAdmin(a) ||
    (r.regionCode !== null &&
      (hasRole(a, "region_coordinator", r.regionCode) || hasRole(a, "region_viewer", r.regionCode))),
});
