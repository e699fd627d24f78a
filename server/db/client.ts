import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema/index";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";

export type Database = {
  db: Db;
  kind: DbKind;
  /** Where the data lives, without credentials: a directory, "memory" or host/database. */
  location: string;
  close: () => Promise<void>;
};

/** Opens PGlite in a directory (or in memory with `memory://`). */
export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(inMemory ? undefined : dataDir);
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    location: inMemory ? "memory" : path.resolve(dataDir),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** Connects to a PostgreSQL server. */
export async function openPostgres(
  url: string,
  poolSize = 10,
  onIdleError: (err: Error) => void = (err) => console.error("PostgreSQL connection lost:", err.message),
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server drops (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", onIdleError);
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  const u = new URL(url);
  let closed = false;
  return {
    db,
    kind: "postgres",
    location: `${u.hostname}:${u.port || "5432"}${u.pathname}`,
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** PGlite in `<dataDir>/db` unless a PostgreSQL URL is given. */
export function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(path.join(opts.dataDir, "db"));
}

/** The server's version string, e.g. "PostgreSQL 17.4 …". */
export async function databaseVersion(db: Db): Promise<string> {
  const rows = await db.execute<{ version: string }>(sql`select version() as version`);
  const first = (rows as unknown as { rows: Array<{ version: string }> }).rows[0];
  return first?.version ?? "tidak diketahui";
}
