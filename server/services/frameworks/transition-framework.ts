import { FRAMEWORK_TRANSITIONS, type FrameworkTransition } from "../../../domain/framework/editor";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { framework } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import { getFramework } from "./get-framework";

/** Publishes a draft or retires a published framework, checked against the revision read. The default is never retired. */
export async function transitionFramework(
  db: Db,
  opts: { id: number; revision: number; action: FrameworkTransition; ctx: RequestContext },
) {
  const { from, to } = FRAMEWORK_TRANSITIONS[opts.action];
  return db.transaction(async (tx) => {
    const before = await getFramework(tx, opts.id);
    if (before.status !== from || (opts.action === "retire" && before.isDefault))
      throw new AppError("framework_transition_not_allowed", { status: before.status, action: opts.action });
    const row = await updateIfVersion(
      tx,
      framework,
      { id: opts.id, version: opts.revision },
      { status: to },
      "revision",
    );
    await recordAudit(tx, opts.ctx, {
      action: `framework.${opts.action === "publish" ? "published" : "retired"}`,
      entityType: "framework",
      entityId: opts.id,
      before: { status: before.status },
      after: { status: row.status },
    });
    return row;
  });
}
