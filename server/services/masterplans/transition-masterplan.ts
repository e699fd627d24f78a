import { and, eq, sql } from "drizzle-orm";
import { nextMasterplanStatus } from "../../../domain/masterplan";
import type { MasterplanTransition } from "../../../domain/masterplan-api";
import { forewordMissing } from "../../../domain/masterplan-completeness";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { masterplan, masterplanSection } from "../../db/schema/index";
import { AppError } from "../../errors";
import type { PlanRow } from "./load";
import { planCompleteness } from "./plan-facts";

type Enactment = Pick<
  typeof masterplan.$inferSelect,
  | "perkadaNumber"
  | "perkadaDate"
  | "perkadaHeadName"
  | "perkadaSecretaryName"
  | "perkadaSecretaryNip"
  | "perkadaPromulgatedOn"
  | "perkadaGazetteYear"
  | "perkadaGazetteNumber"
>;

/** The Perkada's number and date, signatory, promulgation and Berita Daerah place, as stored and audited. */
function enactment(x: MasterplanTransition | Enactment): Enactment {
  if ("action" in x)
    return {
      perkadaNumber: x.perkadaNumber ?? null,
      perkadaDate: x.perkadaDate ?? null,
      perkadaHeadName: x.headName ?? null,
      perkadaSecretaryName: x.secretaryName ?? null,
      perkadaSecretaryNip: x.secretaryNip ?? null,
      perkadaPromulgatedOn: x.promulgatedOn ?? null,
      perkadaGazetteYear: x.gazetteYear ?? null,
      perkadaGazetteNumber: x.gazetteNumber ?? null,
    };
  const { perkadaNumber, perkadaDate, perkadaHeadName, perkadaSecretaryName, perkadaSecretaryNip } = x;
  const { perkadaPromulgatedOn, perkadaGazetteYear, perkadaGazetteNumber } = x;
  return {
    perkadaNumber,
    perkadaDate,
    perkadaHeadName,
    perkadaSecretaryName,
    perkadaSecretaryNip,
    perkadaPromulgatedOn,
    perkadaGazetteYear,
    perkadaGazetteNumber,
  };
}

/**
 * Moves a plan along the transition map. Submission is refused with the checklist while
 * anything required is missing; the plan row is locked so no edit slips in between the
 * check and the move (edits hold the same row shared).
 */
export async function transitionMasterplan(
  db: Db,
  opts: { current: PlanRow; input: MasterplanTransition; ctx: RequestContext },
) {
  const { input } = opts;
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(masterplan).where(eq(masterplan.id, opts.current.id)).for("update");
    if (!locked) throw new AppError("masterplan_not_found", { id: opts.current.id });
    if (locked.version !== input.version)
      throw new AppError("version_conflict", { currentVersion: locked.version, current: locked });
    const to = nextMasterplanStatus(locked.status, input.action);
    if (!to) throw new AppError("masterplan_transition_not_allowed", { status: locked.status, action: input.action });
    if (input.action === "submit") {
      const check = await planCompleteness(tx, locked);
      if (!check.ok) throw new AppError("masterplan_incomplete", check);
    }
    if (input.action === "enact") {
      // An enacted book prints no placeholder: the foreword and its signatory must be there.
      const [foreword] = await tx
        .select({ content: masterplanSection.content })
        .from(masterplanSection)
        .where(and(eq(masterplanSection.masterplanId, locked.id), eq(masterplanSection.key, "foreword")));
      const missing = forewordMissing(foreword?.content);
      if (missing.length) throw new AppError("masterplan_foreword_missing", { missing });
    }
    const [row] = await tx
      .update(masterplan)
      .set({
        status: to,
        ...(input.action === "enact" ? enactment(input) : {}),
        version: sql`${masterplan.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(masterplan.id, locked.id))
      .returning();
    if (!row) throw new Error("masterplan update failed");
    await recordAudit(tx, opts.ctx, {
      action: `masterplan.${input.action}`,
      entityType: "masterplan",
      entityId: row.id,
      regionCode: row.regionCode,
      links: { masterplanId: row.id },
      before: { status: locked.status },
      after: {
        status: row.status,
        ...(input.note ? { note: input.note } : {}),
        ...(input.action === "enact" ? enactment(row) : {}),
      },
    });
    return row;
  });
}
