import type { ImportRowIssue } from "../../../domain/masterplan-review";
import {
  cellsOf,
  mapColumns,
  PROGRESS_COLUMNS,
  type ProgressRecord,
  ProgressRowChecker,
  REALISATION_COLUMNS,
  type RealisationRecord,
  RealisationRowChecker,
} from "../../../domain/monitoring-import";
import type { Actor } from "../../../domain/roles";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { readSheet } from "../masterplans/import-programs";
import { lockEnactedPlan, type PlanRow } from "./load";
import { planLookup } from "./plan-lookup";
import type { SheetKind } from "./sheets";
import { BATCH_ROWS, upsertProgress, upsertRealisations } from "./write-batches";

/** Most rows one upload may hold; larger files go through `kotacerdas import observations`. */
export const MAX_SHEET_ROWS = 20_000;
/** Most problems listed in one answer; the total is always given. */
const MAX_ISSUES = 500;

const invalid = (issues: ImportRowIssue[]) =>
  new AppError("monitoring_import_invalid", {
    rows: issues.slice(0, MAX_ISSUES).sort((a, b) => a.row - b.row),
    total: issues.length,
  });

/**
 * The rows of an upload (XLSX or CSV, judged by its bytes; 5 MB at most, as for program imports),
 * each checked against the plan and the actor's OPD. Returns the records, or throws 422
 * `monitoring_import_invalid` listing every problem by row, column and value.
 */
export async function checkSheet(
  db: Db,
  opts: { plan: PlanRow; actor: Actor; kind: SheetKind; buffer: Buffer },
): Promise<{ realisations: RealisationRecord[]; progress: ProgressRecord[] }> {
  let rows: string[][];
  try {
    rows = await readSheet(opts.buffer);
  } catch (err) {
    // A CSV the reader cannot parse is reported like any row problem.
    if (err instanceof AppError && err.code === "import_invalid")
      throw invalid((err.details as { rows: ImportRowIssue[] }).rows);
    throw err;
  }
  const [header = [], ...body] = rows;
  const columns = opts.kind === "realisations" ? REALISATION_COLUMNS : PROGRESS_COLUMNS;
  const { index, issues } = mapColumns<string>(columns, header);
  if (issues.length) throw invalid(issues);
  if (body.length > MAX_SHEET_ROWS)
    throw invalid([
      {
        row: MAX_SHEET_ROWS + 2,
        column: "",
        value: null,
        message: `Paling banyak ${MAX_SHEET_ROWS} baris sekali unggah; gunakan impor baris perintah untuk berkas besar`,
      },
    ]);
  const lookup = await planLookup(db, opts.plan, opts.actor, { realisations: opts.kind === "realisations" });
  const realisations = opts.kind === "realisations" ? new RealisationRowChecker(lookup) : null;
  const progress = new ProgressRowChecker(lookup);
  const out: Array<RealisationRecord | ProgressRecord> = [];
  body.forEach((raw, i) => {
    if (raw.every((c) => !c.trim())) return;
    const cells = cellsOf(index, raw);
    const r = realisations ? realisations.check(i + 2, cells) : progress.check(i + 2, cells);
    if (r && r !== "skip") out.push(r);
  });
  const checker = realisations ?? progress;
  if (checker.issues.length) throw invalid(checker.issues);
  if (!out.length)
    throw invalid([{ row: 2, column: "", value: null, message: "Berkas tidak berisi baris yang terisi" }]);
  return opts.kind === "realisations"
    ? { realisations: out as RealisationRecord[], progress: [] }
    : { realisations: [], progress: out as ProgressRecord[] };
}

/** Stores every checked record in one transaction (batched multi-row inserts) with one audit event, or none. */
export async function storeSheet(
  db: Db,
  opts: {
    plan: PlanRow;
    kind: SheetKind;
    records: { realisations: RealisationRecord[]; progress: ProgressRecord[] };
    fileName: string;
    ctx: RequestContext;
  },
) {
  const userId = opts.ctx.actor?.userId ?? null;
  return db.transaction(async (tx) => {
    await lockEnactedPlan(tx, opts.plan.id);
    const total = { inserted: 0, updated: 0 };
    const list = opts.kind === "realisations" ? opts.records.realisations : opts.records.progress;
    for (let i = 0; i < list.length; i += BATCH_ROWS) {
      const part = list.slice(i, i + BATCH_ROWS);
      const r =
        opts.kind === "realisations"
          ? await upsertRealisations(tx, part as RealisationRecord[], userId)
          : await upsertProgress(tx, part as ProgressRecord[], userId);
      total.inserted += r.inserted;
      total.updated += r.updated;
    }
    await recordAudit(tx, opts.ctx, {
      action: `masterplan.${opts.kind}_imported`,
      entityType: "masterplan",
      entityId: opts.plan.id,
      regionCode: opts.plan.regionCode,
      after: { fileName: opts.fileName, rows: list.length, ...total },
    });
    return { rows: list.length, ...total };
  });
}
