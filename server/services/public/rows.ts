import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";

/** The rows of one raw statement, on PGlite and pg alike. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
