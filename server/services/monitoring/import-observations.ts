import { stat } from "node:fs/promises";
import { and, desc, eq } from "drizzle-orm";
import type { ImportRowIssue } from "../../../domain/masterplan-review";
import {
  mapColumns,
  REALISATION_COLUMNS,
  type RealisationColumn,
  RealisationRowChecker,
} from "../../../domain/monitoring-import";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Database, Db } from "../../db/client";
import { masterplan } from "../../db/schema/index";
import { AppError } from "../../errors";
import { copyLine, copyNewRealisations, updateRealisationsByCopy } from "./copy-realisations";
import { csvRecordBatches } from "./csv-records";
import { lockEnactedPlan, type PlanRow } from "./load";
import { planLookup } from "./plan-lookup";

/** How far an import is: rows read, bytes of the file read, and whether it is finished. */
export type ImportProgress = { rows: number; bytes: number; totalBytes: number; done: boolean };
export type ImportObservationsResult = {
  masterplanId: number;
  rows: number;
  inserted: number;
  updated: number;
  skipped: number;
};

/** Thrown when rows are invalid: nothing was stored. `issues` holds the first ones, `total` all. */
export class ObservationImportError extends Error {
  constructor(
    readonly issues: ImportRowIssue[],
    readonly total: number,
  ) {
    super(`${total} masalah; tidak ada yang disimpan`);
  }
}

const MAX_KEPT_ISSUES = 200;

/** The region's plan to import into: the one given (it must be the region's), else its latest enacted plan. */
export async function planForRegion(db: Db, regionCode: string, masterplanId?: number): Promise<PlanRow> {
  const [row] = await db
    .select()
    .from(masterplan)
    .where(
      and(
        eq(masterplan.regionCode, regionCode),
        masterplanId ? eq(masterplan.id, masterplanId) : eq(masterplan.status, "enacted"),
      ),
    )
    .orderBy(desc(masterplan.id))
    .limit(1);
  if (!row) throw new AppError("masterplan_not_found", { regionCode, masterplanId: masterplanId ?? null });
  return row;
}

/**
 * Imports realisations from a CSV file with the realisation template's columns, streaming it
 * (the file is never held whole) inside one transaction. Every row is checked against the plan
 * by the same checker as the web import, while rows already checked stream into PostgreSQL
 * with COPY: rows of new periods straight into `observation`, rows of stored periods (entered
 * or returned) through a temporary table and one UPDATE. Any invalid row rolls everything
 * back (ObservationImportError with the rows' problems). One audit event.
 */
export async function importObservationsFile(
  database: Database,
  opts: {
    file: string;
    plan: PlanRow;
    ctx: RequestContext;
    onProgress?: (p: ImportProgress) => void;
  },
): Promise<ImportObservationsResult> {
  const { plan } = opts;
  const totalBytes = (await stat(opts.file)).size;
  let rows = 0;
  let skipped = 0;
  let bytes = 0;
  // Loaded before the transaction (on PGlite the transaction holds the only connection): a
  // value verified or entered meanwhile is caught by the writes below as a version conflict.
  const lookup = await planLookup(database.db, plan, null);
  const counts = await database.copyTransaction(async (tx, copyIn) => {
    await lockEnactedPlan(tx, plan.id);
    const checker = new RealisationRowChecker(lookup, new Date().getUTCFullYear());
    const batches = csvRecordBatches(opts.file, (b) => {
      bytes = b;
    });
    const first = await batches.next();
    const header = first.done ? undefined : first.value[0];
    if (!header) throw new ObservationImportError([{ row: 1, column: "", value: null, message: "Berkas kosong" }], 1);
    if (header.error !== undefined)
      throw new ObservationImportError([{ row: 1, column: "", value: null, message: header.error }], 1);
    const mapped = mapColumns(REALISATION_COLUMNS, header.cells);
    if (mapped.issues.length) throw new ObservationImportError(mapped.issues, mapped.issues.length);
    // The row's cells by field, as cellsOf gives them, with the column list taken once for all rows.
    const columns = Object.entries(mapped.index) as Array<[RealisationColumn, number]>;
    const cellsOf = (raw: string[]) => {
      const cells: Partial<Record<RealisationColumn, string>> = {};
      for (const [key, at] of columns) cells[key] = (raw[at] ?? "").trim();
      return cells;
    };

    let dropped = 0;
    const updates: Uint8Array[] = [];
    let updateRows = 0;
    // Checks each batch of records and yields the COPY text of its rows of new periods; once
    // any row is wrong nothing more is sent (the transaction will roll back), but checking
    // goes on to report every problem.
    async function* newPeriods(): AsyncGenerator<Uint8Array> {
      let batch = first.done ? [] : first.value.slice(1);
      for (;;) {
        const fresh: string[] = [];
        const stored: string[] = [];
        for (const record of batch) {
          if (record.error !== undefined) {
            checker.issues.push({ row: record.row, column: "", value: null, message: record.error });
          } else {
            rows++;
            const r = checker.check(record.row, cellsOf(record.cells));
            if (r === "skip") skipped++;
            else if (r && !checker.issues.length && !dropped)
              (lookup.existingRealisation(r.programIndicatorId, r.year, r.semester) ? stored : fresh).push(copyLine(r));
          }
          // Keep counting problems but stop holding them past a readable report.
          if (checker.issues.length > MAX_KEPT_ISSUES) {
            dropped += checker.issues.length - MAX_KEPT_ISSUES;
            checker.issues.length = MAX_KEPT_ISSUES;
          }
        }
        if (stored.length) {
          updates.push(Buffer.from(stored.join("")));
          updateRows += stored.length;
        }
        opts.onProgress?.({ rows, bytes, totalBytes, done: false });
        if (fresh.length) yield Buffer.from(fresh.join(""));
        const next = await batches.next();
        if (next.done) return;
        batch = next.value;
      }
    }

    const inserted = await copyNewRealisations(copyIn, newPeriods());
    if (checker.issues.length) throw new ObservationImportError(checker.issues, checker.issues.length + dropped);
    const updated = await updateRealisationsByCopy(tx, copyIn, updates, updateRows, null);
    await recordAudit(tx, opts.ctx, {
      action: "masterplan.realisations_imported",
      entityType: "masterplan",
      entityId: plan.id,
      regionCode: plan.regionCode,
      after: { fileName: opts.file.split("/").pop() ?? opts.file, via: "cli", rows, skipped, inserted, updated },
    });
    return { inserted, updated };
  });
  opts.onProgress?.({ rows, bytes: totalBytes, totalBytes, done: true });
  return { masterplanId: plan.id, rows, skipped, ...counts };
}
