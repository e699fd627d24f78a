import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import type { Database } from "./client";
import { refreshStatistics } from "./statistics";

describe("refreshStatistics", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it("gives the embedded database planner statistics; PostgreSQL keeps its own", async () => {
    const stats = async () => {
      const res = (await database.db.execute(
        sql`select count(*)::int as n from pg_stats where schemaname = 'public' and tablename = 'region'`,
      )) as unknown as { rows: Array<{ n: number }> };
      return res.rows[0]?.n ?? 0;
    };
    if (database.kind === "pglite") expect(await stats()).toBe(0);
    const refreshed = await refreshStatistics(database);
    expect(refreshed).toBe(database.kind === "pglite");
    if (database.kind === "pglite") expect(await stats()).toBeGreaterThan(0);
  });
});
