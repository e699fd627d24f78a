import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { SchemeListQuery } from "../../../domain/evaluation/scheme-editor";
import type { Db } from "../../db/client";
import { evaluationRound, evaluationScheme } from "../../db/schema/index";

/** Schemes oldest year first, each with how many rounds use it; drafts only when asked for (the program office). */
export async function listSchemes(db: Db, query: SchemeListQuery, opts: { drafts: boolean }) {
  const rounds = db
    .select({ n: count() })
    .from(evaluationRound)
    .where(eq(evaluationRound.schemeKey, sql`${evaluationScheme.code} || '@' || ${evaluationScheme.version}`));
  return db
    .select({ row: evaluationScheme, rounds: sql<number>`(${rounds})::int` })
    .from(evaluationScheme)
    .where(
      and(
        opts.drafts ? undefined : ne(evaluationScheme.status, "draft"),
        query.frameworkId !== undefined ? eq(evaluationScheme.frameworkId, query.frameworkId) : undefined,
        query.status !== undefined ? eq(evaluationScheme.status, query.status) : undefined,
      ),
    )
    .orderBy(asc(evaluationScheme.year), asc(evaluationScheme.code), asc(evaluationScheme.version));
}
