import { mkdirSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import * as schema from "./schema/index";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";

/**
 * `COPY <target> FROM STDIN (<options>)` on the connection of the current transaction, fed
 * with `data`; returns the rows copied. pg streams the data; PGlite gathers it into one blob.
 * `target` and `options` are SQL written in the code, never user input.
 */
export type CopyIn = (
  target: string,
  options: string,
  data: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
) => Promise<number>;

export type Database = {
  db: Db;
  kind: DbKind;
  /** Where the data lives, without credentials: a directory, "memory" or host/database. */
  location: string;
  close: () => Promise<void>;
  /** The embedded instance itself, for what must share its single connection (the job queue). */
  pglite?: PGlite;
  /**
   * One transaction whose Drizzle handle and COPY FROM STDIN share a single connection (bulk
   * imports): rolled back when `fn` throws, committed otherwise.
   */
  copyTransaction: <T>(fn: (tx: Db, copyIn: CopyIn) => Promise<T>) => Promise<T>;
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
    pglite: client,
    close: async () => {
      if (!client.closed) await client.close();
    },
    copyTransaction: (fn) =>
      db.transaction((tx) => {
        // PGlite runs one query at a time: COPY must go through the transaction's own handle,
        // which Drizzle keeps on its session.
        const ptx = (tx as unknown as { session?: { client?: Transaction } }).session?.client;
        if (!ptx?.query) throw new Error("PGlite transaction handle not found");
        return fn(tx, async (target, options, data) => {
          const parts: Uint8Array[] = [];
          for await (const part of data) parts.push(part);
          const r = await ptx.query(`copy ${target} from '/dev/blob' (${options})`, [], {
            blob: new Blob(parts as Uint8Array<ArrayBuffer>[]),
          });
          return r.affectedRows ?? 0;
        });
      }),
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
    copyTransaction: async (fn) => {
      const client = await pool.connect();
      // A connection lost mid-import must not go back to the pool (nor crash the process).
      let broken: Error | undefined;
      const onError = (err: Error) => {
        broken = err;
      };
      client.on("error", onError);
      try {
        const onClient = drizzleNodePg({ client, schema }) as unknown as Db;
        return await onClient.transaction((tx) =>
          fn(tx, async (target, options, data) => {
            const copy = client.query(copyFrom(`copy ${target} from stdin (${options})`));
            // Two chunks ahead at most, so progress shown is close to what the server has taken.
            await pipeline(Readable.from(data, { highWaterMark: 2 }), copy);
            return copy.rowCount;
          }),
        );
      } finally {
        client.off("error", onError);
        client.release(broken);
      }
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
