import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { indicator, indicatorTarget, program, programIndicator } from "../../db/schema/index";

/** An indicator of a program as the books print it: baseline and the target of each year. */
export type PrintIndicator = {
  code: string;
  name: string;
  unit: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targets: Array<{ year: number; value: number }>;
};

/** The indicators of every program of a plan with their yearly targets, in one query, by program id. */
export async function loadProgramIndicators(db: Db, masterplanId: number): Promise<Map<number, PrintIndicator[]>> {
  const rows = await db
    .select({
      programId: programIndicator.programId,
      linkId: programIndicator.id,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      baselineValue: programIndicator.baselineValue,
      baselineYear: programIndicator.baselineYear,
      year: indicatorTarget.year,
      value: indicatorTarget.value,
    })
    .from(programIndicator)
    .innerJoin(program, eq(program.id, programIndicator.programId))
    .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
    .leftJoin(indicatorTarget, eq(indicatorTarget.programIndicatorId, programIndicator.id))
    .where(eq(program.masterplanId, masterplanId))
    .orderBy(asc(programIndicator.programId), asc(programIndicator.id), asc(indicatorTarget.year));
  const byProgram = new Map<number, PrintIndicator[]>();
  const byLink = new Map<number, PrintIndicator>();
  for (const r of rows) {
    let item = byLink.get(r.linkId);
    if (!item) {
      item = {
        code: r.code,
        name: r.name,
        unit: r.unit,
        baselineValue: r.baselineValue,
        baselineYear: r.baselineYear,
        targets: [],
      };
      byLink.set(r.linkId, item);
      const list = byProgram.get(r.programId) ?? [];
      list.push(item);
      byProgram.set(r.programId, list);
    }
    if (r.year !== null && r.value !== null) item.targets.push({ year: r.year, value: r.value });
  }
  return byProgram;
}
