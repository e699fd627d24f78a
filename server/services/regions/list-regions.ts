import { and, asc, count, eq, like, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { pageOffset } from "../../../domain/pagination";
import { parseRegionSearch, type RegionListQuery } from "../../../domain/regions";
import type { Db } from "../../db/client";
import { likeEscape } from "../../db/like";
import { region } from "../../db/schema/index";

const province = alias(region, "province");

/** Regions filtered by province, type and a name or code search, best matches first. */
export async function listRegions(db: Db, query: RegionListQuery) {
  const filters: SQL[] = [];
  const order: SQL[] = [];
  if (query.province) filters.push(eq(region.provinceCode, query.province));
  if (query.type) filters.push(eq(region.type, query.type));
  if (query.q) {
    const search = parseRegionSearch(query.q);
    if (search.kind === "code") {
      filters.push(like(region.code, `${likeEscape(search.code)}%`));
    } else {
      if (search.bare) filters.push(like(region.bareName, `%${likeEscape(search.bare)}%`));
      if (search.type) filters.push(eq(region.type, search.type));
      // Exact names first ("banjar" → Kota Banjar, Kabupaten Banjar), then names that start with it.
      order.push(sql`case when ${region.bareName} = ${search.bare} then 0
        when ${region.bareName} like ${`${likeEscape(search.bare)}%`} then 1 else 2 end`);
    }
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        code: region.code,
        name: region.name,
        type: region.type,
        provinceCode: region.provinceCode,
        provinceName: province.name,
      })
      .from(region)
      .innerJoin(province, eq(province.code, region.provinceCode))
      .where(where)
      .orderBy(...order, asc(region.code))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(region).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type RegionListRow = Awaited<ReturnType<typeof listRegions>>["rows"][number];
