import type { ImportRowIssue } from "../../../domain/masterplan-review";
import {
  type ColumnDef,
  cellsOf,
  mapColumns,
  PROGRESS_COLUMNS,
  type ProgressRecord,
  ProgressRowChecker,
  REALISATION_COLUMNS,
  type RealisationRecord,
  RealisationRowChecker,
} from "../../../domain/monitoring-import";
import {
  QUICK_WIN_COLUMNS,
  type QuickWinProgressRecord,
  QuickWinProgressRowChecker,
} from "../../../domain/monitoring-import-quick-wins";
import type { Actor } from "../../../domain/roles";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { readSheet } from "../masterplans/import-programs";
import { lockEnactedPlan, type PlanRow } from "./load";
import { planLookup, quickWinLookup } from "./plan-lookup";
import type { SheetKind } from "./sheets";
import { BATCH_ROWS, upsertProgress, upsertRealisations } from "./write-batches";

export type SheetRecord = RealisationRecord | ProgressRecord | QuickWinProgressRecord;
type SheetChecker = {
  readonly issues: ImportRowIssue[];
  check(row: number, cells: Partial<Record<string, string>>): SheetRecord | "skip" | null;
};

const COLUMNS: Record<SheetKind, ReadonlyArray<ColumnDef<string>>> = {
  realisations: REALISATION_COLUMNS,
  progress: PROGRESS_COLUMNS,
  "quick-wins": QUICK_WIN_COLUMNS,
};
/** The audit action of an import, per kind. */
const AUDIT_ACTION: Record<SheetKind, string> = {
  realisations: "masterplan.realisations_imported",
  progress: "masterplan.progress_imported",
  "quick-wins": "masterplan.quick_win_progress_imported",
};

async function checkerOf(db: Db, kind: SheetKind, plan: PlanRow, actor: Actor): Promise<SheetChecker> {
  if (kind === "realisations")
    return new RealisationRowChecker(await planLookup(db, plan, actor), new Date().getUTCFullYear());
  if (kind === "progress") return new ProgressRowChecker(await planLookup(db, plan, actor, { realisations: false }));
  return new QuickWinProgressRowChecker(await quickWinLookup(db, plan, actor));
}

/** Stores one batch of checked records of a kind. */
function writeBatch(tx: Db, kind: SheetKind, part: SheetRecord[], userId: string | null) {
  if (kind === "realisations") return upsertRealisations(tx, part as RealisationRecord[], userId);
  return upsertProgress(
    tx,
    kind === "progress" ? "program" : "quick_win",
    part as Array<ProgressRecord | QuickWinProgressRecord>,
    userId,
  );
}

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
): Promise<SheetRecord[]> {
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
  const { index, issues } = mapColumns<string>(COLUMNS[opts.kind], header);
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
  const checker = await checkerOf(db, opts.kind, opts.plan, opts.actor);
  const out: SheetRecord[] = [];
  body.forEach((raw, i) => {
    if (raw.every((c) => !c.trim())) return;
    const r = checker.check(i + 2, cellsOf(index, raw));
    if (r && r !== "skip") out.push(r);
  });
  if (checker.issues.length) throw invalid(checker.issues);
  if (!out.length)
    throw invalid([{ row: 2, column: "", value: null, message: "Berkas tidak berisi baris yang terisi" }]);
  return out;
}

/** Stores every checked record in one transaction (batched multi-row inserts) with one audit event, or none. */
export async function storeSheet(
  db: Db,
  opts: { plan: PlanRow; kind: SheetKind; records: SheetRecord[]; fileName: string; ctx: RequestContext },
) {
  const userId = opts.ctx.actor?.userId ?? null;
  const list = opts.records;
  return db.transaction(async (tx) => {
    await lockEnactedPlan(tx, opts.plan.id);
    const total = { inserted: 0, updated: 0 };
    for (let i = 0; i < list.length; i += BATCH_ROWS) {
      const r = await writeBatch(tx, opts.kind, list.slice(i, i + BATCH_ROWS), userId);
      total.inserted += r.inserted;
      total.updated += r.updated;
    }
    await recordAudit(tx, opts.ctx, {
      action: AUDIT_ACTION[opts.kind],
      entityType: "masterplan",
      entityId: opts.plan.id,
      regionCode: opts.plan.regionCode,
      after: { fileName: opts.fileName, rows: list.length, ...total },
    });
    return { rows: list.length, ...total };
  });
}
