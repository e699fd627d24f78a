import { readFileSync } from "node:fs";
import path from "node:path";
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database";
import type { Database } from "./client";
import { MIGRATIONS_FOLDER, runMigrations } from "./migrate";
import * as schema from "./schema/index";
import { deliverableTemplate, dimension, element, framework, region, stageTemplate } from "./schema/index";
import { seedReferenceData } from "./seed/reference";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
}, 60_000);
afterAll(async () => database?.close());

function latestSnapshot() {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as {
    entries: Array<{ idx: number }>;
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error("no migrations");
  const file = path.join(MIGRATIONS_FOLDER, `meta/${String(last.idx).padStart(4, "0")}_snapshot.json`);
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * The shape of a database as PostgreSQL's catalog describes it: columns, constraints and
 * indexes of the public schema, as sorted text lines, so two databases compare with toEqual.
 */
async function catalog(db: Database["db"]): Promise<string[]> {
  const rows = async (q: ReturnType<typeof sql>) =>
    ((await db.execute(q)) as unknown as { rows: Array<{ line: string }> }).rows.map((r) => r.line);
  const columns = await rows(sql`
    select table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
      || ' default=' || coalesce(column_default, '') || ' identity=' || is_identity as line
    from information_schema.columns where table_schema = 'public'`);
  // NOT NULL shows in the columns; PostgreSQL 18 also names it in pg_constraint by creation order.
  const constraints = await rows(sql`
    select t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) as line
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and c.contype <> 'n'`);
  const indexes = await rows(sql`select indexdef as line from pg_indexes where schemaname = 'public'`);
  return [...columns, ...constraints, ...indexes].sort();
}

describe("migrations", () => {
  it("cover every change in the Drizzle schema (run `npm run db:generate` after editing it)", async () => {
    const statements = await generateMigration(latestSnapshot(), generateDrizzleJson(schema));
    expect(statements).toEqual([]);
  });

  it("produce the same database as the Drizzle schema created from scratch", async () => {
    // drizzle-kit's own introspection (pushSchema) misreads some constraints and fails on
    // composite keys, so compare catalogs: the migrated database against one built from the schema.
    const fresh = await createTestDatabase({ migrate: false });
    try {
      const statements = await generateMigration(generateDrizzleJson({}), generateDrizzleJson(schema));
      for (const stmt of statements) await fresh.db.execute(sql.raw(stmt));
      expect(await catalog(database.db)).toEqual(await catalog(fresh.db));
    } finally {
      await fresh.close();
    }
  });

  it("are a no-op when applied again", async () => {
    await runMigrations(database);
    const rows = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8"));
    expect((rows as unknown as { rows: Array<{ n: number }> }).rows[0]?.n).toBe(journal.entries.length);
  });
});

describe("reference data", () => {
  it("loads once and is skipped when unchanged; forcing it again duplicates nothing", async () => {
    const first = await seedReferenceData(database.db);
    expect(first).toEqual({ regions: 552, frameworksAdded: 2, skipped: false });
    expect(await seedReferenceData(database.db)).toMatchObject({ skipped: true });
    expect(await seedReferenceData(database.db, { force: true })).toMatchObject({ skipped: false, frameworksAdded: 0 });
    const [regions] = await database.db.select({ n: count() }).from(region);
    const [frameworks] = await database.db.select({ n: count() }).from(framework);
    const [dimensions] = await database.db.select({ n: count() }).from(dimension);
    const [elements] = await database.db.select({ n: count() }).from(element);
    // Kominfo 2017 and the 2026 draft, six dimensions of three elements each.
    expect([regions?.n, frameworks?.n, dimensions?.n, elements?.n]).toEqual([552, 2, 12, 36]);
  });

  it("fills the chapters deliverables cover where a database from before stored none", async () => {
    const db = database.db;
    await db.update(deliverableTemplate).set({ covers: [] });
    await seedReferenceData(db, { force: true });
    const [visi] = await db
      .select({ covers: deliverableTemplate.covers })
      .from(deliverableTemplate)
      .innerJoin(stageTemplate, eq(stageTemplate.id, deliverableTemplate.stageTemplateId))
      .innerJoin(framework, eq(framework.id, stageTemplate.frameworkId))
      .where(and(eq(framework.isDefault, true), eq(deliverableTemplate.code, "visi-misi")));
    expect(visi?.covers).toEqual(["vision"]);
  });
});
