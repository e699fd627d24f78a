import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import type { SchemeDef } from "../../../domain/evaluation/schemes";
import type { Db } from "../../db/client";
import { evaluationScheme, framework } from "../../db/schema/index";
import { AppError } from "../../errors";

const unknownKey = (message: string) =>
  new AppError("validation_failed", { issues: [{ path: "body.schemeKey", message }] });

/**
 * The scheme a round copies: the published scheme of `schemeKey` (unknown → 422, a draft or a
 * retired one → 409 `scheme_not_published`), or, when none is named, the newest published scheme
 * on the default framework whose year is not later than the round's (the oldest one when all are later).
 */
export async function resolveRoundScheme(db: Db, opts: { schemeKey?: string; year: number }): Promise<SchemeDef> {
  if (opts.schemeKey !== undefined) {
    const [row] = await db
      .select({ status: evaluationScheme.status, definition: evaluationScheme.definition })
      .from(evaluationScheme)
      .where(sql`${evaluationScheme.code} || '@' || ${evaluationScheme.version} = ${opts.schemeKey}`);
    if (!row) throw unknownKey("Skema evaluasi tidak dikenal");
    if (row.status !== "published")
      throw new AppError("scheme_not_published", { schemeKey: opts.schemeKey, status: row.status });
    return row.definition;
  }
  const onDefault = and(eq(evaluationScheme.status, "published"), eq(framework.isDefault, true));
  const pick = (where: ReturnType<typeof and>, newest: boolean) =>
    db
      .select({ definition: evaluationScheme.definition })
      .from(evaluationScheme)
      .innerJoin(framework, eq(framework.id, evaluationScheme.frameworkId))
      .where(where)
      .orderBy(
        newest ? desc(evaluationScheme.year) : asc(evaluationScheme.year),
        newest ? desc(evaluationScheme.id) : asc(evaluationScheme.id),
      )
      .limit(1);
  const [fitting] = await pick(and(onDefault, lte(evaluationScheme.year, opts.year)), true);
  const [earliest] = fitting ? [fitting] : await pick(onDefault, false);
  if (!earliest) throw unknownKey("Belum ada skema evaluasi yang terbit pada kerangka bawaan");
  return earliest.definition;
}
