import { sql } from "drizzle-orm";
import type { ProgressRecord, RealisationRecord } from "../../../domain/monitoring-import";
import type { QuickWinProgressRecord } from "../../../domain/monitoring-import-quick-wins";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import type { ProgressKind } from "./progress";

/** Rows per statement: realisations travel as five array parameters, so a batch is not bound by parameter counts. */
export const BATCH_ROWS = 5000;

const rowsOf = (r: { rows: unknown[] } | unknown[]) => (Array.isArray(r) ? r : r.rows) as Array<{ inserted: boolean }>;

/** A PostgreSQL array literal ('{1,NULL,"a \\"b\\""}') sent as one text parameter, the same on pg and PGlite. */
export function pgArray(values: Array<string | number | null>): string {
  const item = (v: string | number | null) =>
    v === null ? "NULL" : typeof v === "number" ? String(v) : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return `{${values.map(item).join(",")}}`;
}

/**
 * Stores realisations with one INSERT … SELECT FROM unnest(arrays) … ON CONFLICT per batch: new
 * periods are inserted, existing entered or returned ones take the new value and become entered
 * again (version + 1). A value verified meanwhile is not touched and the batch fails with a
 * conflict, so the caller's transaction stores nothing. Returns how many were inserted and updated.
 */
export async function upsertRealisations(
  tx: Db,
  records: RealisationRecord[],
  enteredBy: string | null,
): Promise<{ inserted: number; updated: number }> {
  if (!records.length) return { inserted: 0, updated: 0 };
  const result = await tx.execute(sql`
    insert into observation as o (program_indicator_id, year, semester, value, note, entered_by)
    select t.pi, t.y, t.s, t.v, t.n, ${enteredBy}::text
    from unnest(${pgArray(records.map((r) => r.programIndicatorId))}::int[],
                ${pgArray(records.map((r) => r.year))}::int[],
                ${pgArray(records.map((r) => r.semester))}::int[],
                ${pgArray(records.map((r) => r.value))}::numeric[],
                ${pgArray(records.map((r) => r.note))}::text[]) as t(pi, y, s, v, n)
    on conflict on constraint observation_period_key do update
      set value = excluded.value, note = excluded.note, entered_by = excluded.entered_by,
          status = 'entered', version = o.version + 1, updated_at = now()
      where o.status <> 'verified'
    returning (xmax = 0) as inserted`);
  const rows = rowsOf(result as unknown as { rows: unknown[] });
  if (rows.length !== records.length) throw new AppError("version_conflict", { reason: "verified_meanwhile" });
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}

const PROGRESS_TABLES = {
  program: { table: "program_progress", owner: "program_id", key: "program_progress_program_year_key" },
  quick_win: { table: "quick_win_progress", owner: "quick_win_id", key: "quick_win_progress_quick_win_year_key" },
} as const;

/**
 * Stores yearly progress of programs or quick wins in one multi-row INSERT … ON CONFLICT
 * (subject, year); updates bump the version.
 */
export async function upsertProgress(
  tx: Db,
  kind: ProgressKind,
  records: Array<ProgressRecord | QuickWinProgressRecord>,
  enteredBy: string | null,
): Promise<{ inserted: number; updated: number }> {
  if (!records.length) return { inserted: 0, updated: 0 };
  const t = PROGRESS_TABLES[kind];
  const values = sql.join(
    records.map(
      (r) =>
        sql`(${"programId" in r ? r.programId : r.quickWinId}::int, ${r.year}::int, ${r.status}, ${r.physicalProgress === null ? null : String(r.physicalProgress)}::numeric, ${r.budgetAllocated}::bigint, ${r.budgetRealised}::bigint, ${r.note}, ${enteredBy})`,
    ),
    sql`, `,
  );
  const result = await tx.execute(sql`
    insert into ${sql.raw(t.table)} as p
      (${sql.raw(t.owner)}, year, status, physical_progress, budget_allocated, budget_realised, note, entered_by)
    values ${values}
    on conflict on constraint ${sql.raw(t.key)} do update
      set status = excluded.status, physical_progress = excluded.physical_progress,
          budget_allocated = excluded.budget_allocated, budget_realised = excluded.budget_realised,
          note = excluded.note, entered_by = excluded.entered_by, version = p.version + 1, updated_at = now()
    returning (xmax = 0) as inserted`);
  const rows = rowsOf(result as unknown as { rows: unknown[] });
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted };
}
