import { and, asc, count, eq, or, type SQL, sql } from "drizzle-orm";
import type { Term } from "../../../domain/masterplan";
import { type PageQuery, pageOffset } from "../../../domain/pagination";
import type { Db } from "../../db/client";
import { program } from "../../db/schema/index";
import { withChildren } from "./load";

export type ProgramFilter = { dimension?: string; element?: string; opd?: number; term?: Term };

/** A page of a plan's programs, filtered by dimension, element, OPD (owner or supporting) and term. */
export async function listPrograms(db: Db, opts: { masterplanId: number; filter: ProgramFilter; page: PageQuery }) {
  const f = opts.filter;
  const conditions: Array<SQL | undefined> = [
    eq(program.masterplanId, opts.masterplanId),
    f.dimension ? eq(program.dimensionCode, f.dimension) : undefined,
    f.element ? eq(program.elementCode, f.element) : undefined,
    f.term ? eq(program.term, f.term) : undefined,
    f.opd ? or(eq(program.ownerOpdId, f.opd), sql`${f.opd} = any(${program.supportingOpdIds})`) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(program)
      .where(where)
      .orderBy(asc(program.dimensionCode), asc(program.elementCode), asc(program.priority), asc(program.id))
      .limit(opts.page.pageSize)
      .offset(pageOffset(opts.page)),
    db.select({ n: count() }).from(program).where(where),
  ]);
  return { rows: await withChildren(db, rows), total: total?.n ?? 0 };
}
