import { sql } from "drizzle-orm";
import { getProvinces, getRegencies } from "idn-area-data";
import { regencyTypeOf, splitRegionName } from "../../../domain/regions";
import type { Db } from "../client";
import { region } from "../schema/index";

export type RegionRow = typeof region.$inferInsert;

/** All 38 provinces and 514 kabupaten/kota from idn-area-data, as rows of `region`. */
export async function loadRegionRows(): Promise<RegionRow[]> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  const rows: RegionRow[] = provinces.map((p) => ({
    code: p.code,
    name: p.name,
    bareName: p.name.toLowerCase(),
    type: "provinsi",
    provinceCode: p.code,
  }));
  for (const r of regencies) {
    rows.push({
      code: r.code,
      name: r.name,
      bareName: splitRegionName(r.name).bare.toLowerCase(),
      type: regencyTypeOf(r.name),
      provinceCode: r.province_code,
    });
  }
  return rows;
}

/** Inserts or updates every region row; safe to run again. */
export async function upsertRegions(db: Db, rows: RegionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insert(region)
      .values(rows.slice(i, i + 200))
      .onConflictDoUpdate({
        target: region.code,
        set: {
          name: sql`excluded.name`,
          bareName: sql`excluded.bare_name`,
          type: sql`excluded.type`,
          provinceCode: sql`excluded.province_code`,
        },
      });
  }
}
