import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedReferenceData } from "../db/seed/reference";

/** Which database the integration tests run on: the vitest project sets TEST_DB. */
export const testDbKind = (): "pglite" | "postgres" => (process.env.TEST_DB === "postgres" ? "postgres" : "pglite");

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test");
  return url;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throw-away
 * database on the PostgreSQL server of TEST_DATABASE_URL that is dropped on close.
 */
export async function createTestDatabase(opts: { seed?: boolean; migrate?: boolean } = {}): Promise<Database> {
  let database: Database;
  if (testDbKind() === "pglite") {
    database = await openPglite("memory://");
  } else {
    const admin = adminUrl();
    const name = `kc_test_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const opened = await openPostgres(url.toString(), 4);
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  if (opts.migrate === false) return database;
  await runMigrations(database);
  if (opts.seed !== false) await seedReferenceData(database.db);
  return database;
}
