import { and, eq, inArray } from "drizzle-orm";
import type { AssessorsPut } from "../../../domain/evaluation/api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { evaluationAssessor, membership } from "../../db/schema/index";
import { AppError } from "../../errors";
import { assessorIdsOf, bumpRound, type RoundRow } from "./load";

/**
 * Makes the round's assessors exactly the given users, each of whom must hold the assessor
 * role; until publication. Scores of an assessor taken off the round stay recorded but no
 * longer count (they count again if the assessor is assigned back).
 */
export async function setAssessors(db: Db, opts: { current: RoundRow; input: AssessorsPut; ctx: RequestContext }) {
  if (opts.current.status === "published") throw new AppError("evaluation_locked", { status: "published" });
  const wanted = [...new Set(opts.input.userIds)].sort();
  if (wanted.length) {
    const rows = await db
      .selectDistinct({ userId: membership.userId })
      .from(membership)
      .where(and(inArray(membership.userId, wanted), eq(membership.role, "assessor")));
    const ok = new Set(rows.map((r) => r.userId));
    const issues = opts.input.userIds
      .map((id, i) => ({ id, i }))
      .filter((x) => !ok.has(x.id))
      .map((x) => ({ path: `body.userIds.${x.i}`, message: "Pengguna ini tidak memegang peran asesor" }));
    if (issues.length) throw new AppError("validation_failed", { issues });
  }
  return db.transaction(async (tx) => {
    const before = await assessorIdsOf(tx, opts.current.id);
    const row = await bumpRound(tx, opts.current.id, opts.input.version);
    const removed = before.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !before.includes(id));
    if (removed.length)
      await tx
        .delete(evaluationAssessor)
        .where(and(eq(evaluationAssessor.roundId, row.id), inArray(evaluationAssessor.userId, removed)));
    if (added.length)
      await tx
        .insert(evaluationAssessor)
        .values(added.map((userId) => ({ roundId: row.id, userId, assignedBy: opts.ctx.actor?.userId ?? null })));
    await recordAudit(tx, opts.ctx, {
      action: "evaluation_round.assessors_set",
      entityType: "evaluation_round",
      entityId: row.id,
      before: { assessors: before },
      after: { assessors: wanted },
    });
    return row;
  });
}
