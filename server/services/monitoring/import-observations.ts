import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { and, desc, eq } from "drizzle-orm";
import { CsvError, parseCsv } from "../../../domain/csv-parse";
import type { ImportRowIssue } from "../../../domain/masterplan-review";
import {
  cellsOf,
  mapColumns,
  REALISATION_COLUMNS,
  type RealisationRecord,
  RealisationRowChecker,
} from "../../../domain/monitoring-import";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { masterplan } from "../../db/schema/index";
import { AppError } from "../../errors";
import { lockEnactedPlan, type PlanRow } from "./load";
import { planLookup } from "./plan-lookup";
import { BATCH_ROWS, upsertRealisations } from "./write-batches";

export type ImportProgress = { rows: number; bytes: number; totalBytes: number };
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

/** CSV records from a stream of lines: a record continues over line breaks while a quoted field is open. */
async function* records(lines: AsyncIterable<string>) {
  let pending: string | null = null;
  let quotes = 0;
  for await (const line of lines) {
    pending = pending === null ? line : `${pending}\n${line}`;
    for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 34) quotes++;
    if (quotes % 2 === 1) continue;
    yield pending;
    pending = null;
    quotes = 0;
  }
  if (pending !== null) yield pending;
}

const delimiterOf = (header: string): "," | ";" =>
  header.split(";").length - 1 > header.split(",").length - 1 ? ";" : ",";

/**
 * Imports realisations from a CSV file with the realisation template's columns, streaming it
 * (the file is never held whole): every row is checked against the plan as the web import
 * checks it, valid rows are written in batches inside one transaction, and any invalid row
 * rolls everything back (ObservationImportError with the rows' problems). One audit event.
 */
export async function importObservationsFile(
  db: Db,
  opts: {
    file: string;
    plan: PlanRow;
    ctx: RequestContext;
    onProgress?: (p: ImportProgress) => void;
  },
): Promise<ImportObservationsResult> {
  const { plan } = opts;
  const totalBytes = (await stat(opts.file)).size;
  const lookup = await planLookup(db, plan, null);
  const checker = new RealisationRowChecker(lookup);
  let stream: ReturnType<typeof createReadStream> | undefined;
  let lines: ReturnType<typeof createInterface> | undefined;
  let rows = 0;
  let skipped = 0;
  let dropped = 0;
  const total = { inserted: 0, updated: 0 };
  try {
    await db.transaction(async (tx) => {
      await lockEnactedPlan(tx, plan.id);
      // Opened only now and iterated at once: readline drops lines emitted before its iterator exists.
      stream = createReadStream(opts.file, { encoding: "utf8", highWaterMark: 1 << 20 });
      const input = stream;
      const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      lines = rl;
      let index: Partial<Record<string, number>> | null = null;
      let delimiter: "," | ";" = ",";
      let batch: RealisationRecord[] = [];
      const flush = async () => {
        if (!batch.length || checker.issues.length) return;
        const r = await upsertRealisations(tx, batch, null);
        total.inserted += r.inserted;
        total.updated += r.updated;
        batch = [];
      };
      let rowNumber = 0;
      for await (const record of records(rl)) {
        rowNumber++;
        if (index === null) {
          delimiter = delimiterOf(record);
          const mapped = mapColumns<string>(REALISATION_COLUMNS, parseCsv(record, delimiter)[0] ?? []);
          if (mapped.issues.length) throw new ObservationImportError(mapped.issues, mapped.issues.length);
          index = mapped.index;
          continue;
        }
        if (!record.trim()) continue;
        let cells: string[];
        try {
          cells = parseCsv(record, delimiter)[0] ?? [];
        } catch (err) {
          if (!(err instanceof CsvError)) throw err;
          checker.issues.push({ row: rowNumber, column: "", value: null, message: err.message });
          continue;
        }
        rows++;
        const r = checker.check(rowNumber, cellsOf(index, cells));
        if (r === "skip") skipped++;
        else if (r) batch.push(r);
        // Keep counting problems but stop holding them past a readable report.
        if (checker.issues.length > MAX_KEPT_ISSUES) {
          dropped += checker.issues.length - MAX_KEPT_ISSUES;
          checker.issues.length = MAX_KEPT_ISSUES;
        }
        if (batch.length >= BATCH_ROWS) await flush();
        if (rows % 10_000 === 0) opts.onProgress?.({ rows, bytes: input.bytesRead, totalBytes });
      }
      if (index === null)
        throw new ObservationImportError([{ row: 1, column: "", value: null, message: "Berkas kosong" }], 1);
      if (checker.issues.length) throw new ObservationImportError(checker.issues, checker.issues.length + dropped);
      await flush();
      await recordAudit(tx, opts.ctx, {
        action: "masterplan.realisations_imported",
        entityType: "masterplan",
        entityId: plan.id,
        regionCode: plan.regionCode,
        after: { fileName: opts.file.split("/").pop() ?? opts.file, via: "cli", rows, skipped, ...total },
      });
    });
  } finally {
    lines?.close();
    stream?.destroy();
  }
  opts.onProgress?.({ rows, bytes: totalBytes, totalBytes });
  return { masterplanId: plan.id, rows, skipped, ...total };
}
