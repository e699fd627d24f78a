import { displayRegionName, type RegionDetail, type RegionSummary, type RegionType } from "../../domain/regions";

type RegionRow = { code: string; name: string; type: RegionType; provinceCode: string; provinceName: string };

export function presentRegion(r: RegionRow): RegionSummary {
  return {
    code: r.code,
    name: r.name,
    displayName: displayRegionName(r),
    type: r.type,
    province: { code: r.provinceCode, name: r.provinceName },
  };
}

export function presentRegionDetail(r: RegionRow & { counts: RegionDetail["counts"] }): RegionDetail {
  return { ...presentRegion(r), counts: r.counts };
}
