import { afterAll, beforeAll } from "vitest";
import { type App, buildApp } from "../app";
import type { Database } from "../db/client";
import { createTestDatabase } from "./test-database";

/** One app over one seeded test database per test file; closed after the file. */
export function setupTestApp(): { app: () => App; database: () => Database } {
  let app: App | undefined;
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, webDir: false });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  return {
    app: () => {
      if (!app) throw new Error("test app not ready");
      return app;
    },
    database: () => {
      if (!database) throw new Error("test database not ready");
      return database;
    },
  };
}
