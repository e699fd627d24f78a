import { and, eq } from "drizzle-orm";
import { gridScheme, type ResultWeights } from "../../../domain/evaluation/scheme-grid";
import type { SchemeDef } from "../../../domain/evaluation/schemes";
import { KOMINFO_2017 } from "../../../domain/framework/kominfo-2017";
import type { Db } from "../client";
import { evaluationScheme, framework } from "../schema/index";

const kominfo = (year: number, weights: ResultWeights) => gridScheme(KOMINFO_2017, year, weights);

/**
 * 2021: Baseline 10, Output 20, Outcome 30, Impact 30, Quick Win 10 (the revised evaluation
 * guideline of 2021, as regions such as Sleman describe it).
 */
export const GMSC_EVALUATION_2021 = kominfo(2021, { baseline: 10, output: 20, outcome: 30, impact: 30, quick_win: 10 });

/** 2022: Baseline 10, Output 20, Outcome 30, Impact 20, Quick Win 20 (Impact lowered, Quick Win raised, as reported for the 2022 round). */
export const GMSC_EVALUATION_2022 = kominfo(2022, { baseline: 10, output: 20, outcome: 30, impact: 20, quick_win: 20 });

/** The schemes the reference seed ships over the Kominfo 2017 framework, oldest first. */
export const BUILTIN_SCHEMES: readonly SchemeDef[] = [GMSC_EVALUATION_2021, GMSC_EVALUATION_2022];

/** The built-in scheme a round of a year gets when the database has only the shipped ones (the bench builds rounds without the API). */
export function builtinSchemeFor(year: number): SchemeDef {
  return BUILTIN_SCHEMES.filter((s) => s.year <= year).at(-1) ?? GMSC_EVALUATION_2021;
}

/**
 * Inserts a shipped scheme, published, on the Kominfo 2017 framework unless its code and version
 * exist. Once there it belongs to the program office: the seed never rewrites it.
 */
export async function insertSchemeIfMissing(db: Db, def: SchemeDef): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: evaluationScheme.id })
      .from(evaluationScheme)
      .where(and(eq(evaluationScheme.code, def.code), eq(evaluationScheme.version, def.version)));
    if (existing) return false;
    const [fw] = await tx
      .select({ id: framework.id })
      .from(framework)
      .where(and(eq(framework.code, KOMINFO_2017.code), eq(framework.version, KOMINFO_2017.version)));
    if (!fw) throw new Error("the Kominfo 2017 framework must be seeded before its evaluation schemes");
    await tx.insert(evaluationScheme).values({
      code: def.code,
      version: def.version,
      year: def.year,
      name: def.name,
      frameworkId: fw.id,
      definition: def,
      status: "published",
    });
    return true;
  });
}
