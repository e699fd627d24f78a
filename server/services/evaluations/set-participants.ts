import type { ParticipantsPut } from "../../../domain/evaluation/api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { bumpRound, type RoundRow } from "./load";
import { checkParticipantCodes, replaceParticipants } from "./participants";

/** Replaces the regions taking part; only while the round is a draft. */
export async function setParticipants(
  db: Db,
  opts: { current: RoundRow; input: ParticipantsPut; ctx: RequestContext },
) {
  if (opts.current.status !== "draft")
    throw new AppError("evaluation_locked", { status: opts.current.status, needed: "draft" });
  const codes = await checkParticipantCodes(db, opts.input.regionCodes);
  return db.transaction(async (tx) => {
    const row = await bumpRound(tx, opts.current.id, opts.input.version);
    const { added, removed } = await replaceParticipants(tx, row.id, codes);
    await recordAudit(tx, opts.ctx, {
      action: "evaluation_round.participants_set",
      entityType: "evaluation_round",
      entityId: row.id,
      after: { added, removed, participants: codes.length },
    });
    return row;
  });
}
