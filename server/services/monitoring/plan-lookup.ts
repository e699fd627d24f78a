import { eq } from "drizzle-orm";
import { codeKey } from "../../../domain/indicator-api";
import type { RealisationStatus } from "../../../domain/monitoring";
import type { PlanLookup } from "../../../domain/monitoring-import";
import type { QuickWinLookup } from "../../../domain/monitoring-import-quick-wins";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { indicator, observation, program, programIndicator, quickWin } from "../../db/schema/index";
import { progressPolicy } from "../../policies/monitoring";
import { monitoredRes, type PlanRow } from "./load";

/**
 * What the import row checks need about a plan, loaded in three queries: programs by code,
 * each program's indicators by code, and the status of realisations already stored. `actor`
 * null is the command line (an operator on the server), who may enter values for any program.
 */
export async function planLookup(
  db: Db,
  plan: PlanRow,
  actor: Actor | null,
  opts: { realisations?: boolean } = {},
): Promise<PlanLookup> {
  const [programs, links, existing] = await Promise.all([
    db
      .select({
        id: program.id,
        code: program.code,
        ownerOpdId: program.ownerOpdId,
        startYear: program.startYear,
        endYear: program.endYear,
      })
      .from(program)
      .where(eq(program.masterplanId, plan.id)),
    db
      .select({ id: programIndicator.id, programId: program.id, code: indicator.code, unit: indicator.unit })
      .from(programIndicator)
      .innerJoin(program, eq(program.id, programIndicator.programId))
      .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
      .where(eq(program.masterplanId, plan.id)),
    opts.realisations === false
      ? Promise.resolve([])
      : db
          .select({
            id: observation.programIndicatorId,
            year: observation.year,
            semester: observation.semester,
            status: observation.status,
          })
          .from(observation)
          .innerJoin(programIndicator, eq(programIndicator.id, observation.programIndicatorId))
          .innerJoin(program, eq(program.id, programIndicator.programId))
          .where(eq(program.masterplanId, plan.id)),
  ]);
  const byCode = new Map(programs.map((p) => [codeKey(p.code), p]));
  const linkOf = new Map(links.map((l) => [`${l.programId}|${codeKey(l.code)}`, { id: l.id, unit: l.unit }]));
  // Stored statuses by program indicator, then by year and semester as one number: looked up
  // once or twice per row of a file that may hold a million.
  const status = new Map<number, Map<number, RealisationStatus>>();
  const periodOf = (year: number, semester: number | null) => year * 3 + (semester ?? 0);
  for (const e of existing) {
    let byPeriod = status.get(e.id);
    if (!byPeriod) {
      byPeriod = new Map();
      status.set(e.id, byPeriod);
    }
    byPeriod.set(periodOf(e.year, e.semester), e.status);
  }
  return {
    period: { periodStart: plan.periodStart, periodEnd: plan.periodEnd },
    program: (code) => byCode.get(code),
    programIndicator: (programId, code) => linkOf.get(`${programId}|${code}`),
    mayEnter: (ownerOpdId) => actor === null || progressPolicy.can(actor, "update", monitoredRes(plan, ownerOpdId)),
    existingRealisation: (id, year, semester) => status.get(id)?.get(periodOf(year, semester)),
  };
}

/** The plan lookup plus the plan's quick wins by id (with their program's code), for quick-win progress imports. */
export async function quickWinLookup(db: Db, plan: PlanRow, actor: Actor | null): Promise<QuickWinLookup> {
  const [base, rows] = await Promise.all([
    planLookup(db, plan, actor, { realisations: false }),
    db
      .select({ id: quickWin.id, programCode: program.code, ownerOpdId: quickWin.ownerOpdId, year: quickWin.year })
      .from(quickWin)
      .innerJoin(program, eq(program.id, quickWin.programId))
      .where(eq(quickWin.masterplanId, plan.id)),
  ]);
  const byId = new Map(rows.map((q) => [q.id, q]));
  return { ...base, quickWin: (id) => byId.get(id) };
}
