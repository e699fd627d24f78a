import type { RoundCreate } from "../../../domain/evaluation/api";
import { schemeKey } from "../../../domain/evaluation/schemes";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { evaluationRound } from "../../db/schema/index";
import { AppError } from "../../errors";
import { resolveRoundScheme } from "../evaluation-schemes/resolve-round-scheme";
import { checkParticipantCodes, defaultParticipants, replaceParticipants } from "./participants";

/**
 * Opens a round in draft with a copy of its (published) scheme and its participants: the chosen
 * regions, or by default every region with an approved or enacted masterplan (in the
 * cohort, when one is named). One round per year and Tahap.
 */
export async function createRound(db: Db, opts: { input: RoundCreate; ctx: RequestContext }) {
  const { input } = opts;
  const scheme = await resolveRoundScheme(db, { schemeKey: input.schemeKey, year: input.year });
  const codes = input.regionCodes
    ? await checkParticipantCodes(db, input.regionCodes)
    : await defaultParticipants(db, input.cohortId ?? null);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(evaluationRound)
        .values({
          year: input.year,
          tahap: input.tahap,
          name: input.name ?? `Evaluasi Smart City ${input.year} Tahap ${input.tahap}`,
          schemeKey: schemeKey(scheme),
          scheme,
          cohortId: input.cohortId ?? null,
          selfAssessmentEndsOn: input.selfAssessmentEndsOn ?? null,
          scoringEndsOn: input.scoringEndsOn ?? null,
        })
        .returning();
      if (!row) throw new Error("round insert returned nothing");
      await replaceParticipants(tx, row.id, codes);
      await recordAudit(tx, opts.ctx, {
        action: "evaluation_round.created",
        entityType: "evaluation_round",
        entityId: row.id,
        after: {
          year: row.year,
          tahap: row.tahap,
          name: row.name,
          schemeKey: row.schemeKey,
          cohortId: row.cohortId,
          selfAssessmentEndsOn: row.selfAssessmentEndsOn,
          scoringEndsOn: row.scoringEndsOn,
          participants: codes,
        },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("evaluation_round_exists", { year: input.year, tahap: input.tahap });
    throw err;
  }
}
