import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { AppError } from "../errors";
import type { Db } from "./client";

/** A table whose rows carry an integer id, a version and an update time. */
type Versioned = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Writes `fields` to the row `id` if it still has `version`, bumping the version; otherwise a 409 `version_conflict` with the row as it is now.
 */
export async function updateIfVersion<T extends Versioned>(
  tx: Db,
  table: T,
  key: { id: number; version: number },
  fields: Partial<T["$inferInsert"]>,
): Promise<T["$inferSelect"]> {
  const updated = (await tx
    .update(table as PgTable)
    .set({ ...fields, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, key.id), eq(table.version, key.version)))
    .returning()) as Array<T["$inferSelect"]>;
  const [row] = updated;
  if (row) return row as T["$inferSelect"];
  const [now] = (await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, key.id))) as Array<T["$inferSelect"] & { version: number }>;
  throw new AppError("version_conflict", { currentVersion: now?.version, current: now ?? null });
}
