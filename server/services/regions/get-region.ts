import { count, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { region } from "../../db/schema/index";
import { AppError } from "../../errors";

const province = alias(region, "province");

/** One region with its province; a province also gets its kabupaten and kota counts. */
export async function getRegion(db: Db, code: string) {
  const [row] = await db
    .select({
      code: region.code,
      name: region.name,
      type: region.type,
      provinceCode: region.provinceCode,
      provinceName: province.name,
    })
    .from(region)
    .innerJoin(province, eq(province.code, region.provinceCode))
    .where(eq(region.code, code));
  if (!row) throw new AppError("region_not_found", { code });
  if (row.type !== "provinsi") return { ...row, counts: null };
  const byType = await db
    .select({ type: region.type, n: count() })
    .from(region)
    .where(eq(region.provinceCode, code))
    .groupBy(region.type);
  const n = (t: string) => byType.find((b) => b.type === t)?.n ?? 0;
  return { ...row, counts: { kabupaten: n("kabupaten"), kota: n("kota") } };
}
