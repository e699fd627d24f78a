import { sql } from "drizzle-orm";
import type { Database } from "./client";

/**
 * PGlite has no autovacuum, so without this its planner never has statistics and picks full scans
 * (the national-scale bench: region dashboard 595 ms before, 242 ms after). PostgreSQL keeps its own.
 * Run at start and then hourly by the `statistics-refresh` job (server/jobs/refresh-statistics.ts).
 * Returns whether statistics were refreshed.
 */
export async function refreshStatistics(database: Database): Promise<boolean> {
  if (database.kind !== "pglite") return false;
  await database.db.execute(sql`analyze`);
  return true;
}
