import { PHASE_ORDER_MESSAGE, phaseEndsInOrder, type RoundUpdate } from "../../../domain/evaluation/api";
import { schemeKey } from "../../../domain/evaluation/schemes";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { resolveRoundScheme } from "../evaluation-schemes/resolve-round-scheme";
import { bumpRound, type RoundRow } from "./load";

const audited = (r: RoundRow) => ({
  name: r.name,
  schemeKey: r.schemeKey,
  selfAssessmentEndsOn: r.selfAssessmentEndsOn,
  scoringEndsOn: r.scoringEndsOn,
});

/**
 * Renames a round and moves its phase end dates; its scheme may change only while it is a draft
 * (nothing was scored on it yet). A date left out keeps its value, null clears it.
 */
export async function updateRound(db: Db, opts: { current: RoundRow; input: RoundUpdate; ctx: RequestContext }) {
  const { input, current } = opts;
  // The same key keeps the round's copy as it is; another one must be a published scheme.
  const changes = input.schemeKey !== undefined && input.schemeKey !== current.schemeKey;
  if (changes && current.status !== "draft")
    throw new AppError("evaluation_locked", { status: current.status, needed: "draft" });
  if (current.status === "published") throw new AppError("evaluation_locked", { status: current.status });
  const scheme = changes ? await resolveRoundScheme(db, { schemeKey: input.schemeKey, year: current.year }) : undefined;
  const ends = {
    ...(input.selfAssessmentEndsOn !== undefined ? { selfAssessmentEndsOn: input.selfAssessmentEndsOn } : {}),
    ...(input.scoringEndsOn !== undefined ? { scoringEndsOn: input.scoringEndsOn } : {}),
  };
  // The body alone may be in order while one date against the stored other is not.
  const self = ends.selfAssessmentEndsOn !== undefined ? ends.selfAssessmentEndsOn : current.selfAssessmentEndsOn;
  const scoring = ends.scoringEndsOn !== undefined ? ends.scoringEndsOn : current.scoringEndsOn;
  if (!phaseEndsInOrder(self, scoring)) {
    const field = input.scoringEndsOn !== undefined ? "scoringEndsOn" : "selfAssessmentEndsOn";
    throw new AppError("validation_failed", { issues: [{ path: `body.${field}`, message: PHASE_ORDER_MESSAGE }] });
  }
  return db.transaction(async (tx) => {
    const row = await bumpRound(tx, current.id, input.version, {
      ...(input.name ? { name: input.name } : {}),
      ...(scheme ? { scheme, schemeKey: schemeKey(scheme) } : {}),
      ...ends,
    });
    await recordAudit(tx, opts.ctx, {
      action: "evaluation_round.updated",
      entityType: "evaluation_round",
      entityId: row.id,
      before: audited(current),
      after: audited(row),
    });
    return row;
  });
}
