import { asc, count, desc, eq, ne, sql } from "drizzle-orm";
import { type PageQuery, pageOffset } from "../../../domain/pagination";
import type { Db } from "../../db/client";
import { dimension, element, framework, stageTemplate } from "../../db/schema/index";

/** Frameworks, the default first, with their dimension, element and stage counts; drafts only when asked for (the program office). */
export async function listFrameworks(db: Db, query: PageQuery, opts: { drafts: boolean }) {
  const visible = opts.drafts ? undefined : ne(framework.status, "draft");
  const dimensionCount = db.select({ n: count() }).from(dimension).where(eq(dimension.frameworkId, framework.id));
  const elementCount = db
    .select({ n: count() })
    .from(element)
    .innerJoin(dimension, eq(dimension.id, element.dimensionId))
    .where(eq(dimension.frameworkId, framework.id));
  const stageCount = db.select({ n: count() }).from(stageTemplate).where(eq(stageTemplate.frameworkId, framework.id));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: framework.id,
        code: framework.code,
        version: framework.version,
        name: framework.name,
        descriptionId: framework.descriptionId,
        descriptionEn: framework.descriptionEn,
        isDefault: framework.isDefault,
        status: framework.status,
        revision: framework.revision,
        dimensionCount: sql<number>`(${dimensionCount})::int`,
        elementCount: sql<number>`(${elementCount})::int`,
        stageCount: sql<number>`(${stageCount})::int`,
      })
      .from(framework)
      .where(visible)
      .orderBy(desc(framework.isDefault), asc(framework.code), asc(framework.version))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(framework).where(visible),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type FrameworkListRow = Awaited<ReturnType<typeof listFrameworks>>["rows"][number];
