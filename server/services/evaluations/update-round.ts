import type { RoundUpdate } from "../../../domain/evaluation/api";
import { findScheme, schemeKey } from "../../../domain/evaluation/schemes";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { bumpRound, type RoundRow } from "./load";

/** Renames a round; its scheme may change only while it is a draft (nothing was scored on it yet). */
export async function updateRound(db: Db, opts: { current: RoundRow; input: RoundUpdate; ctx: RequestContext }) {
  const { input, current } = opts;
  const scheme = input.schemeKey ? findScheme(input.schemeKey) : undefined;
  if (scheme && schemeKey(scheme) !== current.schemeKey && current.status !== "draft")
    throw new AppError("evaluation_locked", { status: current.status, needed: "draft" });
  if (current.status === "published") throw new AppError("evaluation_locked", { status: current.status });
  return db.transaction(async (tx) => {
    const row = await bumpRound(tx, current.id, input.version, {
      ...(input.name ? { name: input.name } : {}),
      ...(scheme ? { scheme, schemeKey: schemeKey(scheme) } : {}),
    });
    await recordAudit(tx, opts.ctx, {
      action: "evaluation_round.updated",
      entityType: "evaluation_round",
      entityId: row.id,
      before: { name: current.name, schemeKey: current.schemeKey },
      after: { name: row.name, schemeKey: row.schemeKey },
    });
    return row;
  });
}
