import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import type { Database } from "./client";
import { readAll } from "./read-all";

describe("readAll", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  /** A read that logs when it starts and ends, and yields in between. */
  const tracked = (log: string[], name: string) => async () => {
    log.push(`start ${name}`);
    await new Promise((r) => setTimeout(r, 5));
    log.push(`end ${name}`);
    return name;
  };

  it("runs reads at once outside a transaction", async () => {
    const log: string[] = [];
    const out = await readAll(database.db, [tracked(log, "a"), tracked(log, "b")]);
    expect(out).toEqual(["a", "b"]);
    expect(log.slice(0, 2)).toEqual(["start a", "start b"]);
  });

  it("runs reads one after another inside a transaction, which holds a single connection", async () => {
    const log: string[] = [];
    const out = await database.db.transaction((tx) => readAll(tx, [tracked(log, "a"), tracked(log, "b"), 3]));
    expect(out).toEqual(["a", "b", 3]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
