import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { IndicatorFilters } from "../../../domain/indicator-api";
import { type PageQuery, pageOffset } from "../../../domain/pagination";
import { type Actor, visibleRegions } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { likeEscape } from "../../db/like";
import { indicator } from "../../db/schema/index";
import { mappingCondition } from "./indicator-mapping";

/** Regional indicators the actor may see: every region for the admin, the actor's regions otherwise. */
function regionalScope(actor: Actor | null): SQL | undefined {
  const regions = visibleRegions(actor);
  if (regions === "all") return undefined;
  return regions.length ? inArray(indicator.regionCode, regions) : sql`false`;
}

/**
 * A page of the catalogue: the national indicators (open to everyone) and the regional ones of
 * regions the actor can see, filtered and searched; national first, then by code. A dimension or
 * element is read in `frameworkId` when given, indicators of other frameworks following their tags.
 */
export async function listIndicators(db: Db, opts: { actor: Actor | null; filter: IndicatorFilters; page: PageQuery }) {
  const f = opts.filter;
  const national = isNull(indicator.regionCode);
  const regional = and(
    sql`${indicator.regionCode} is not null`,
    regionalScope(opts.actor),
    f.regionCode ? eq(indicator.regionCode, f.regionCode) : undefined,
  );
  const scope = f.scope === "national" ? national : f.scope === "regional" ? regional : or(national, regional);
  const q = f.q ? `%${likeEscape(f.q)}%` : null;
  const where = and(
    scope,
    await mappingCondition(db, f, opts.actor),
    f.direction ? eq(indicator.direction, f.direction) : undefined,
    f.active === "all" ? undefined : eq(indicator.active, f.active === "true"),
    q
      ? or(
          ilike(indicator.code, q),
          ilike(indicator.name, q),
          ilike(indicator.definition, q),
          sql`array_to_string(${indicator.referenceCodes}, ' ') ilike ${q}`,
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(indicator)
      .where(where)
      .orderBy(sql`${indicator.regionCode} is not null`, asc(indicator.regionCode), asc(indicator.code))
      .limit(opts.page.pageSize)
      .offset(pageOffset(opts.page)),
    db.select({ n: count() }).from(indicator).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
