import { type SchemeInput, schemeEditable } from "../../../domain/evaluation/scheme-editor";
import { schemeKey } from "../../../domain/evaluation/schemes";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { evaluationScheme } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import { getSchemeRow } from "./get-scheme";
import { schemeDefOver, schemeFramework, schemeRounds } from "./scheme-content";

/**
 * Rewrites a scheme's definition, checked against the revision read. A scheme a round has copied
 * is left as it is (409 `scheme_in_use`): changes come as a new version.
 */
export async function updateScheme(
  db: Db,
  opts: { id: number; revision: number; input: SchemeInput; ctx: RequestContext },
) {
  try {
    return await db.transaction(async (tx) => {
      const before = await getSchemeRow(tx, opts.id);
      const rounds = await schemeRounds(tx, schemeKey(before));
      if (!schemeEditable(before.status, rounds > 0))
        throw new AppError("scheme_in_use", { status: before.status, rounds });
      const fw = await schemeFramework(tx, opts.input.frameworkId);
      const def = schemeDefOver(fw, opts.input);
      const row = await updateIfVersion(
        tx,
        evaluationScheme,
        { id: opts.id, version: opts.revision },
        { code: def.code, version: def.version, year: def.year, name: def.name, frameworkId: fw.id, definition: def },
        "revision",
      );
      await recordAudit(tx, opts.ctx, {
        action: "evaluation_scheme.updated",
        entityType: "evaluation_scheme",
        entityId: opts.id,
        before: { ...before.definition, frameworkId: before.frameworkId },
        after: { ...def, frameworkId: fw.id },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError("scheme_code_taken", { code: opts.input.code, version: opts.input.version });
    throw err;
  }
}
