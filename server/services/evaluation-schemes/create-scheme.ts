import type { SchemeCreate, SchemeInput } from "../../../domain/evaluation/scheme-editor";
import { gridScheme } from "../../../domain/evaluation/scheme-grid";
import type { SchemeDef } from "../../../domain/evaluation/schemes";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { evaluationScheme } from "../../db/schema/index";
import { AppError } from "../../errors";
import { getSchemeRow } from "./get-scheme";
import { schemeDefOver, schemeFramework } from "./scheme-content";

/**
 * A new scheme in draft: the whole definition, a copy of another under a new code, version and
 * name, or the standard grid over a framework's dimensions with the given weights.
 */
export async function createScheme(db: Db, opts: { input: SchemeCreate; ctx: RequestContext }) {
  const { input } = opts;
  try {
    return await db.transaction(async (tx) => {
      const { def, frameworkId } = await definitionOf(tx, input);
      const [row] = await tx
        .insert(evaluationScheme)
        .values({
          code: def.code,
          version: def.version,
          year: def.year,
          name: def.name,
          frameworkId,
          definition: def,
          status: "draft",
        })
        .returning();
      if (!row) throw new Error("scheme insert returned nothing");
      await recordAudit(tx, opts.ctx, {
        action: input.copyOf !== undefined ? "evaluation_scheme.copied" : "evaluation_scheme.created",
        entityType: "evaluation_scheme",
        entityId: row.id,
        after: { ...def, frameworkId, status: row.status, copyOf: input.copyOf ?? null },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("scheme_code_taken", { code: input.code, version: input.version });
    throw err;
  }
}

async function definitionOf(tx: Db, input: SchemeCreate): Promise<{ def: SchemeDef; frameworkId: number }> {
  const names = { code: input.code, version: input.version, name: input.name };
  if (input.copyOf !== undefined) {
    const source = await getSchemeRow(tx, input.copyOf);
    return {
      def: { ...source.definition, ...names, year: input.year ?? source.year },
      frameworkId: source.frameworkId,
    };
  }
  // The schema made sure year and frameworkId are there, and either weights or the whole grid.
  const year = input.year as number;
  const fw = await schemeFramework(tx, input.frameworkId as number);
  if (input.items === undefined && input.weights !== undefined)
    return { def: gridScheme(fw, year, input.weights, names), frameworkId: fw.id };
  return { def: schemeDefOver(fw, { ...(input as SchemeInput), year }), frameworkId: fw.id };
}
