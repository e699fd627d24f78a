import type { FrameworkCreate } from "../../../domain/framework/editor";
import type { FrameworkDef } from "../../../domain/framework/types";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { framework } from "../../db/schema/index";
import { AppError } from "../../errors";
import { insertFrameworkContent } from "./framework-content";
import { frameworkDefOf, getFramework } from "./get-framework";

/**
 * A new framework in draft: the whole definition, or a copy of another under a new code,
 * version and name. The seed ships the 2026 draft through here too.
 */
export async function createFramework(db: Db, opts: { input: FrameworkCreate | FrameworkDef; ctx: RequestContext }) {
  const { input } = opts;
  try {
    return await db.transaction(async (tx) => {
      const copyOf = "copyOf" in input ? input.copyOf : undefined;
      const def: FrameworkDef =
        copyOf !== undefined
          ? {
              ...frameworkDefOf(await getFramework(tx, copyOf)),
              code: input.code,
              version: input.version,
              name: input.name,
            }
          : (input as FrameworkDef);
      const [row] = await tx
        .insert(framework)
        .values({
          code: def.code,
          version: def.version,
          name: def.name,
          descriptionId: def.descriptionId,
          descriptionEn: def.descriptionEn,
          governanceBodies: def.governanceBodies,
          status: "draft",
          isDefault: false,
        })
        .returning();
      if (!row) throw new Error("framework insert returned nothing");
      await insertFrameworkContent(tx, row.id, def);
      await recordAudit(tx, opts.ctx, {
        action: copyOf !== undefined ? "framework.copied" : "framework.created",
        entityType: "framework",
        entityId: row.id,
        after: { ...def, status: row.status, copyOf: copyOf ?? null },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError("framework_code_taken", { code: input.code, version: input.version });
    throw err;
  }
}
