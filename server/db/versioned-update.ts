import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { AppError } from "../errors";
import type { Db } from "./client";

/** A table whose rows carry an integer id, a version column (`version` unless named) and an update time. */
type Versioned<K extends string> = PgTable & { id: PgColumn; updatedAt: PgColumn } & Record<K, PgColumn>;

/**
 * Writes `fields` to the row `id` if it still has `version`, bumping the version; otherwise a 409 `version_conflict` with the row as it is now.
 * `column` names the version column where `version` means something else (the framework's "2017").
 */
export async function updateIfVersion<T extends Versioned<K>, K extends string = "version">(
  tx: Db,
  table: T,
  key: { id: number; version: number },
  fields: Partial<T["$inferInsert"]>,
  column: K = "version" as K,
): Promise<T["$inferSelect"]> {
  const versionColumn = table[column] as PgColumn;
  const updated = (await tx
    .update(table as PgTable)
    .set({ ...fields, [column]: sql`${versionColumn} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, key.id), eq(versionColumn, key.version)))
    .returning()) as Array<T["$inferSelect"]>;
  const [row] = updated;
  if (row) return row as T["$inferSelect"];
  const [now] = (await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, key.id))) as Array<T["$inferSelect"] & Record<string, unknown>>;
  throw new AppError("version_conflict", { currentVersion: now?.[column], current: now ?? null });
}
