import { sql } from "drizzle-orm";
import type { Database } from "./client";

/** How often the embedded database refreshes its planner statistics while the server runs. */
export const PGLITE_ANALYZE_EVERY_MS = 60 * 60 * 1000;

/**
 * PGlite has no autovacuum, so without this its planner never has statistics and picks full scans
 * (the national-scale bench: region dashboard 595 ms before, 242 ms after). PostgreSQL keeps its own.
 * Returns whether statistics were refreshed.
 */
export async function refreshStatistics(database: Database): Promise<boolean> {
  if (database.kind !== "pglite") return false;
  await database.db.execute(sql`analyze`);
  return true;
}

/** Refreshes PGlite's statistics now and then every hour until `stop` is called. */
export function keepStatisticsFresh(database: Database, onError: (err: unknown) => void): { stop: () => void } {
  if (database.kind !== "pglite") return { stop: () => {} };
  const timer = setInterval(() => void refreshStatistics(database).catch(onError), PGLITE_ANALYZE_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
