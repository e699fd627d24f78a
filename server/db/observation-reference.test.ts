import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { makeOpd } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator, THIS_YEAR } from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";
import { databaseErrorCode } from "./errors";
import { masterplan, monitoringEvidence, observation, program, programIndicator, storedFile } from "./schema/index";

// observation.program_indicator_id is kept by statement triggers instead of a declared foreign
// key (migration 0010); these are the rules the foreign key gave, on PGlite and PostgreSQL.

const t = setupTestApp();
const Y = THIS_YEAR;
let opdId: number;
let ict: number;
let em: number;

/** A plan with one program and two program indicators, each with a realisation for Y and Y-1. */
async function planWithRealisations() {
  const app = t.app();
  const plan = await makeMasterplan(app, "32.79", { status: "enacted", periodStart: Y - 2, periodEnd: Y + 7 });
  const p = await makeProgram(app, plan.id, opdId);
  const a = await linkIndicatorDirect(app, p.id, ict, {});
  const b = await linkIndicatorDirect(app, p.id, em, {});
  await app.database.db.insert(observation).values(
    [a.id, b.id].flatMap((pi) => [
      { programIndicatorId: pi, year: Y, value: 1 },
      { programIndicatorId: pi, year: Y - 1, value: 2 },
    ]),
  );
  return { plan, program: p, links: [a.id, b.id] };
}

const countOf = async (links: number[]) =>
  (await t.app().database.db.select().from(observation).where(inArray(observation.programIndicatorId, links))).length;

beforeAll(async () => {
  const app = t.app();
  opdId = (await makeOpd(app, "32.79", "Diskominfo")).id;
  ict = (await nationalIndicator(app, "EC: ICT: ICT: 1C")).id;
  em = (await nationalIndicator(app, "EC: P: EM: 1C")).id;
}, 60_000);

describe("realisations refer to existing program indicators", () => {
  it("refuses an insert naming a missing program indicator (23503), also among valid rows, storing none", async () => {
    const { links } = await planWithRealisations();
    const db = t.app().database.db;
    const err = await db
      .insert(observation)
      .values([
        { programIndicatorId: links[0] as number, year: Y + 1, value: 3 },
        { programIndicatorId: 987_654_321, year: Y, value: 3 },
      ])
      .catch((e: unknown) => e);
    expect(databaseErrorCode(err)).toBe("23503");
    expect(String((err as { cause?: { detail?: string } }).cause?.detail ?? "")).toContain("987654321");
    expect(await countOf(links)).toBe(4);
  });

  it("refuses moving a realisation to a missing program indicator, and allows moving it to an existing one", async () => {
    const { links } = await planWithRealisations();
    const db = t.app().database.db;
    const [first] = await db
      .select()
      .from(observation)
      .where(eq(observation.programIndicatorId, links[0] as number));
    if (!first) throw new Error("no realisation");
    const err = await db
      .update(observation)
      .set({ programIndicatorId: 987_654_321 })
      .where(eq(observation.id, first.id))
      .catch((e: unknown) => e);
    expect(databaseErrorCode(err)).toBe("23503");
    await db
      .update(observation)
      .set({ programIndicatorId: links[1] as number, year: Y + 3 })
      .where(eq(observation.id, first.id));
    expect(await countOf([links[1] as number])).toBe(3);
  });

  it("deletes the realisations of a deleted program indicator, program or plan, with their evidence links", async () => {
    const db = t.app().database.db;
    const one = await planWithRealisations();
    const [obs] = await db
      .select()
      .from(observation)
      .where(eq(observation.programIndicatorId, one.links[0] as number));
    if (!obs) throw new Error("no realisation");
    const [file] = await db
      .insert(storedFile)
      .values({
        id: `test-${obs.id}`,
        originalName: "bukti.pdf",
        mimeType: "application/pdf",
        size: 4,
        sha256: "0".repeat(64),
      })
      .returning();
    if (!file) throw new Error("file");
    await db.insert(monitoringEvidence).values({ fileId: file.id, observationId: obs.id });

    await db.delete(programIndicator).where(eq(programIndicator.id, one.links[0] as number));
    expect(await countOf(one.links)).toBe(2);
    expect(await db.select().from(monitoringEvidence).where(eq(monitoringEvidence.fileId, file.id))).toEqual([]);
    await db.delete(program).where(eq(program.id, one.program.id));
    expect(await countOf(one.links)).toBe(0);

    const two = await planWithRealisations();
    await db.delete(masterplan).where(eq(masterplan.id, two.plan.id));
    expect(await countOf(two.links)).toBe(0);
  });

  it("empties realisations when program indicators are truncated", async () => {
    const { links } = await planWithRealisations();
    await t.app().database.db.execute(sql`truncate program_indicator cascade`);
    expect(await countOf(links)).toBe(0);
    expect(
      (await t.app().database.db.execute(sql`select count(*)::int as n from observation`)) as unknown,
    ).toMatchObject({ rows: [{ n: 0 }] });
  });
});

// Two connections at once: PostgreSQL only (PGlite has one), so this exists only in the postgres project.
if (process.env.TEST_DB === "postgres")
  describe("realisations and concurrent deletes (PostgreSQL)", () => {
    it("makes a delete of a program indicator wait for the transaction that inserted its realisations", async () => {
      const { links } = await planWithRealisations();
      const target = links[0] as number;
      const database = t.database();
      let release: () => void = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      let inserted: () => void = () => {};
      const insertedYet = new Promise<void>((r) => {
        inserted = r;
      });
      const importing = database.copyTransaction(async (tx) => {
        await tx.insert(observation).values({ programIndicatorId: target, year: Y + 2, value: 9 });
        inserted();
        await held;
      });
      await insertedYet;
      let deleted = false;
      const deleting = database.db
        .delete(programIndicator)
        .where(eq(programIndicator.id, target))
        .then(() => {
          deleted = true;
        });
      await new Promise((r) => setTimeout(r, 300));
      const waited = !deleted; // on the FOR KEY SHARE lock the insert took
      release();
      await importing;
      expect(waited).toBe(true);
      await deleting;
      expect(await countOf([target])).toBe(0); // the committed realisation went with its indicator
    });
  });
