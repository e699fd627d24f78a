import { and, eq, sql } from "drizzle-orm";
import { checkSelection } from "../../../domain/assessment";
import type { SelectionInput } from "../../../domain/cohort-api";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { candidate, cohort } from "../../db/schema/index";
import { AppError } from "../../errors";
import { activateWorkspace } from "../bimtek/activate-workspace";
import type { CohortRow } from "../cohorts/load";
import { computeRanking } from "./ranking";

/**
 * Records the committee's choice against the ranking. Deviations need reasons; publishing
 * fixes every candidate's status, records the result letter and opens the selected
 * regions' Bimtek workspaces, all in one transaction.
 */
export async function saveSelection(db: Db, opts: { cohort: CohortRow; input: SelectionInput; ctx: RequestContext }) {
  const c = opts.cohort;
  if (c.status !== "selection") throw new AppError("wrong_phase", { status: c.status });
  if (c.selectionPublishedAt) throw new AppError("selection_published");
  const ranking = await computeRanking(db, c);
  const reasons = Object.fromEntries(Object.entries(opts.input.reasons).map(([k, v]) => [Number(k), v]));
  const problems = checkSelection(ranking, opts.input.selected, c.quota, reasons);
  if (problems.length) throw new AppError("selection_invalid", { problems });
  const selected = new Set(opts.input.selected);
  return db.transaction(async (tx) => {
    for (const r of ranking) {
      const isSelected = selected.has(r.candidateId);
      await tx
        .update(candidate)
        .set({
          selectionReason: reasons[r.candidateId]?.trim() || null,
          ...(opts.input.publish ? { status: isSelected ? "selected" : "not_selected" } : {}),
          version: sql`${candidate.version} + 1`,
        })
        .where(eq(candidate.id, r.candidateId));
      if (opts.input.publish && isSelected)
        await activateWorkspace(tx, { candidateId: r.candidateId, frameworkId: c.frameworkId });
    }
    const [row] = await tx
      .update(cohort)
      .set({
        resultLetterNumber: opts.input.resultLetterNumber ?? c.resultLetterNumber,
        resultLetterDate: opts.input.resultLetterDate ?? c.resultLetterDate,
        resultLetterSignatoryName: opts.input.resultLetterSignatoryName ?? c.resultLetterSignatoryName,
        resultLetterSignatoryNip: opts.input.resultLetterSignatoryNip ?? c.resultLetterSignatoryNip,
        ...(opts.input.publish ? { selectionPublishedAt: new Date() } : {}),
        version: sql`${cohort.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(cohort.id, c.id), eq(cohort.status, "selection")))
      .returning();
    if (!row) throw new AppError("version_conflict");
    const selectedCodes = ranking.filter((r) => selected.has(r.candidateId)).map((r) => r.regionCode);
    await recordAudit(tx, opts.ctx, {
      action: opts.input.publish ? "selection.published" : "selection.saved",
      entityType: "cohort",
      entityId: c.id,
      after: {
        selected: selectedCodes,
        deviations: Object.keys(reasons).length,
        resultLetterNumber: row.resultLetterNumber,
        resultLetterDate: row.resultLetterDate,
        resultLetterSignatoryName: row.resultLetterSignatoryName,
        resultLetterSignatoryNip: row.resultLetterSignatoryNip,
      },
    });
    return row;
  });
}
