import { and, eq, isNull } from "drizzle-orm";
import type { App } from "../app";
import { indicator, indicatorTarget, program, programIndicator, quickWin } from "../db/schema/index";

/** The current year: monitoring tests place plans around it so "overdue" means the same every year. */
export const THIS_YEAR = new Date().getUTCFullYear();

/** A program inserted directly (its code comes from the database: P-01, P-02, … per plan). */
export async function makeProgram(
  app: App,
  masterplanId: number,
  ownerOpdId: number | null,
  opts: Partial<typeof program.$inferInsert> = {},
) {
  const [row] = await app.database.db
    .insert(program)
    .values({
      masterplanId,
      dimensionCode: "governance",
      elementCode: "governance.pelayanan-publik",
      name: "Mal Pelayanan Publik Digital",
      ownerOpdId,
      term: "long",
      startYear: THIS_YEAR - 2,
      endYear: THIS_YEAR + 5,
      ...opts,
    })
    .returning();
  if (!row) throw new Error("program insert failed");
  return row;
}

/** A national catalogue indicator by its U4SSC code (seeded with the reference data). */
export async function nationalIndicator(app: App, code: string) {
  const [row] = await app.database.db
    .select()
    .from(indicator)
    .where(and(eq(indicator.code, code), isNull(indicator.regionCode)));
  if (!row) throw new Error(`indicator ${code} not seeded`);
  return row;
}

/** A program indicator with targets by year, inserted directly. */
export async function linkIndicatorDirect(
  app: App,
  programId: number,
  indicatorId: number,
  targets: Record<number, number>,
) {
  const db = app.database.db;
  const [row] = await db.insert(programIndicator).values({ programId, indicatorId }).returning();
  if (!row) throw new Error("program indicator insert failed");
  const list = Object.entries(targets).map(([year, value]) => ({
    programIndicatorId: row.id,
    year: Number(year),
    value,
  }));
  if (list.length) await db.insert(indicatorTarget).values(list);
  return row;
}

/** A quick win of a program, inserted directly. */
export async function makeQuickWin(app: App, masterplanId: number, programId: number, ownerOpdId: number | null) {
  const [row] = await app.database.db
    .insert(quickWin)
    .values({
      masterplanId,
      programId,
      ownerOpdId,
      year: THIS_YEAR - 1,
      target: "Aplikasi antrean daring",
      whyQuick: "Sudah ada aplikasinya",
    })
    .returning();
  if (!row) throw new Error("quick win insert failed");
  return row;
}
