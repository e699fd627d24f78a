import { SCHEME_TRANSITIONS, type SchemeTransition } from "../../../domain/evaluation/scheme-editor";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { evaluationScheme } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import { getSchemeRow } from "./get-scheme";
import { schemeFramework } from "./scheme-content";

/**
 * Publishes a draft or retires a published scheme, checked against the revision read. A scheme is
 * published only over a published framework, so rounds never take one over a draft.
 */
export async function transitionScheme(
  db: Db,
  opts: { id: number; revision: number; action: SchemeTransition; ctx: RequestContext },
) {
  const { from, to } = SCHEME_TRANSITIONS[opts.action];
  return db.transaction(async (tx) => {
    const before = await getSchemeRow(tx, opts.id);
    if (before.status !== from)
      throw new AppError("scheme_transition_not_allowed", { status: before.status, action: opts.action });
    if (opts.action === "publish") {
      const fw = await schemeFramework(tx, before.frameworkId);
      if (fw.status !== "published")
        throw new AppError("framework_not_published", { frameworkId: fw.id, status: fw.status });
    }
    const row = await updateIfVersion(
      tx,
      evaluationScheme,
      { id: opts.id, version: opts.revision },
      { status: to },
      "revision",
    );
    await recordAudit(tx, opts.ctx, {
      action: `evaluation_scheme.${opts.action === "publish" ? "published" : "retired"}`,
      entityType: "evaluation_scheme",
      entityId: opts.id,
      before: { status: before.status },
      after: { status: row.status },
    });
    return row;
  });
}
