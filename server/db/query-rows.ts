import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

/** The rows of a raw statement, whichever driver ran it (pg and PGlite both answer `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
