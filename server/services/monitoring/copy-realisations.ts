import { sql } from "drizzle-orm";
import type { RealisationRecord } from "../../../domain/monitoring-import";
import type { CopyIn, Db } from "../../db/client";
import { databaseErrorCode } from "../../db/errors";
import { AppError } from "../../errors";

// Bulk writes of realisations for the command-line import: COPY in PostgreSQL's text format
// instead of INSERT statements. Rows of new periods go straight into `observation`; rows of
// periods already stored go through a temporary table and one UPDATE.

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const copyText = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string) : s);

/** One realisation as a line of COPY text: program indicator, year, semester, value, note. */
export function copyLine(r: Pick<RealisationRecord, "programIndicatorId" | "year" | "semester" | "value" | "note">) {
  return `${r.programIndicatorId}\t${r.year}\t${r.semester ?? "\\N"}\t${r.value}\t${copyText(r.note)}\n`;
}

/** PostgreSQL codes of COPY failures that mean the data changed during the import. */
const CHANGED_MEANWHILE: Record<string, string> = {
  "23505": "entered_meanwhile", // a period was entered by someone else after the check
  "23503": "plan_changed_meanwhile", // a program indicator was removed after the check
};

function conflictOf(err: unknown): AppError | null {
  const code = databaseErrorCode(err);
  const reason = code ? CHANGED_MEANWHILE[code] : undefined;
  return reason ? new AppError("version_conflict", { reason }) : null;
}

/**
 * Inserts realisations of periods not stored yet, streamed as COPY text lines, with no
 * `entered_by` (the command line acts for no user). Returns how many were inserted; a period
 * stored meanwhile by someone else is a version conflict.
 */
export async function copyNewRealisations(
  copyIn: CopyIn,
  lines: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<number> {
  try {
    return await copyIn("observation (program_indicator_id, year, semester, value, note)", "format text", lines);
  } catch (err) {
    throw conflictOf(err) ?? err;
  }
}

/**
 * Replaces stored realisations (entered or returned) with the given COPY text lines in one
 * UPDATE: new value and note, status entered again, version + 1. A value verified or removed
 * meanwhile is not touched and makes it a version conflict, so the transaction stores nothing.
 */
export async function updateRealisationsByCopy(
  tx: Db,
  copyIn: CopyIn,
  lines: Uint8Array[],
  expected: number,
  enteredBy: string | null,
): Promise<number> {
  if (!expected) return 0;
  await tx.execute(sql`create temp table realisation_import (pi int, y int, s int, v numeric, n text) on commit drop`);
  await copyIn("realisation_import", "format text", lines);
  // Temporary tables get no statistics by themselves: without them the planner guesses the join.
  await tx.execute(sql`analyze realisation_import`);
  const result = await tx.execute(sql`
    with changed as (
      update observation o
         set value = u.v, note = u.n, entered_by = ${enteredBy}::text, status = 'entered',
             version = o.version + 1, updated_at = now()
        from realisation_import u
       where o.program_indicator_id = u.pi and o.year = u.y and o.semester is not distinct from u.s
         and o.status <> 'verified'
      returning 1)
    select count(*)::int as n from changed`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Array<{
    n: number;
  }>;
  const updated = rows[0]?.n ?? 0;
  if (updated !== expected) throw new AppError("version_conflict", { reason: "verified_meanwhile" });
  return updated;
}
