import { asc, count, eq } from "drizzle-orm";
import type { SchemeInput } from "../../../domain/evaluation/scheme-editor";
import { type SchemeDef, type SchemeIssue, schemeIssues } from "../../../domain/evaluation/schemes";
import type { Db } from "../../db/client";
import { dimension, evaluationRound, framework } from "../../db/schema/index";
import { AppError } from "../../errors";

/** The framework a scheme evaluates, with its smart-city dimensions in order. */
export async function schemeFramework(tx: Db, frameworkId: number) {
  const [fw] = await tx
    .select({ id: framework.id, code: framework.code, version: framework.version, status: framework.status })
    .from(framework)
    .where(eq(framework.id, frameworkId));
  if (!fw) throw new AppError("framework_not_found", { id: frameworkId });
  const dimensions = await tx
    .select({ code: dimension.code, nameId: dimension.nameId, nameEn: dimension.nameEn })
    .from(dimension)
    .where(eq(dimension.frameworkId, frameworkId))
    .orderBy(asc(dimension.order));
  return { ...fw, dimensions };
}
export type SchemeFramework = Awaited<ReturnType<typeof schemeFramework>>;

/** A 422 with the field paths of the request body, as the schema validation answers. */
export function invalidBody(issues: SchemeIssue[]): AppError {
  return new AppError("validation_failed", {
    issues: issues.map((i) => ({ path: ["body", ...i.path].join("."), message: i.message })),
  });
}

/**
 * The stored definition of a scheme over its framework: the smart-city dimensions are the
 * framework's, and every item must be over one of them with the whole grid covered (else 422).
 */
export function schemeDefOver(fw: SchemeFramework, input: Omit<SchemeInput, "frameworkId">): SchemeDef {
  const issues = schemeIssues(
    input,
    fw.dimensions.map((d) => d.code),
  );
  if (issues.length > 0) throw invalidBody(issues);
  return {
    code: input.code,
    version: input.version,
    year: input.year,
    name: input.name,
    frameworkCode: fw.code,
    scale: input.scale,
    resultDimensions: input.resultDimensions,
    smartDimensions: fw.dimensions,
    items: input.items,
  };
}

/** How many evaluation rounds copied the scheme of this key ("gmsc-evaluasi@2022"). */
export async function schemeRounds(tx: Db, key: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(evaluationRound).where(eq(evaluationRound.schemeKey, key));
  return row?.n ?? 0;
}
