import { frameworkEditable } from "../../../domain/framework/editor";
import type { FrameworkDef } from "../../../domain/framework/types";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { framework } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import { frameworkUsage, isInUse, replaceFrameworkContent } from "./framework-content";
import { frameworkDefOf, getFramework } from "./get-framework";

/**
 * Rewrites a framework's definition, checked against the revision read. A framework a cohort,
 * plan or indicator uses is left as it is (409 `framework_in_use`): changes come as a new version.
 */
export async function updateFramework(
  db: Db,
  opts: { id: number; revision: number; def: FrameworkDef; ctx: RequestContext },
) {
  try {
    return await db.transaction(async (tx) => {
      const before = await getFramework(tx, opts.id);
      const usage = await frameworkUsage(tx, opts.id);
      if (!frameworkEditable(before.status, isInUse(usage)))
        throw new AppError("framework_in_use", { status: before.status, ...usage });
      const { dimensions: _d, stages: _s, ...fields } = opts.def;
      const row = await updateIfVersion(tx, framework, { id: opts.id, version: opts.revision }, fields, "revision");
      await replaceFrameworkContent(tx, opts.id, opts.def);
      await recordAudit(tx, opts.ctx, {
        action: "framework.updated",
        entityType: "framework",
        entityId: opts.id,
        before: frameworkDefOf(before),
        after: opts.def,
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError("framework_code_taken", { code: opts.def.code, version: opts.def.version });
    throw err;
  }
}
