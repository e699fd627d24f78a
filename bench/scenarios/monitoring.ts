import { eq, isNull, sql } from "drizzle-orm";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import {
  framework,
  indicator,
  indicatorTarget,
  masterplan,
  observation,
  opd,
  program,
  programBudget,
  programIndicator,
  programProgress,
} from "../../server/db/schema/index";
import { getFramework } from "../../server/services/frameworks/get-framework";
import { createAccount } from "../../server/services/people/create-account";
import { signIn } from "../../server/testing/factories";
import { measure, type Row } from "../measure";

const REGION = "32.78";
const PASSWORD = "bench-password-123";
const START = 2016;
const YEARS = Array.from({ length: 10 }, (_, i) => START + i);
const STATUSES = ["on_track", "delayed", "done", "not_started"] as const;

async function enactedPlan(app: App, fwId: number) {
  const [p] = await app.database.db
    .insert(masterplan)
    .values({
      regionCode: REGION,
      title: "Bench monitoring",
      periodStart: START,
      periodEnd: START + 9,
      frameworkId: fwId,
      status: "enacted",
    })
    .returning();
  if (!p) throw new Error("plan");
  return p;
}

/**
 * One enacted plan with 150 programs × 10 years of progress and budgets and 150 program indicators
 * with 10 targets and 10 realisations each: the region dashboard summary.
 */
export async function monitoringScenarios(app: App, database: Database): Promise<Row[]> {
  const db = app.database.db;
  const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
  if (!fw) throw new Error("framework");
  const [o] = await db
    .insert(opd)
    .values({ regionCode: REGION, name: "Dinas Kominfo", abbreviation: "Diskominfo", kind: "dinas" })
    .returning();
  if (!o) throw new Error("opd");
  const coord = await createAccount(db, app.auth, {
    email: "bench-monitoring@contoh.go.id",
    name: "Koordinator",
    password: PASSWORD,
    membership: { role: "region_coordinator", regionCode: REGION },
    createdBy: null,
  });
  const cookie = await signIn(app, coord.email, PASSWORD);
  const national = await db.select().from(indicator).where(isNull(indicator.regionCode)).orderBy(indicator.id);
  // One program per dimension in turn, under its first element, as the framework defines them.
  const dims = (await getFramework(db, fw.id)).dimensions.map((d) => ({ code: d.code, element: d.elements[0]?.code }));

  const addPrograms = async (planId: number) =>
    db
      .insert(program)
      .values(
        Array.from({ length: 150 }, (_, i) => ({
          masterplanId: planId,
          dimensionCode: dims[i % dims.length]?.code ?? "",
          elementCode: dims[i % dims.length]?.element ?? "",
          name: `Program ${i + 1}`,
          ownerOpdId: o.id,
          term: "long" as const,
          startYear: START,
          endYear: START + 9,
        })),
      )
      .returning({ id: program.id, code: program.code });

  const plan = await enactedPlan(app, fw.id);
  const programs = await addPrograms(plan.id);
  await db.insert(programProgress).values(
    programs.flatMap((p, i) =>
      YEARS.slice(0, 9).map((year, k) => ({
        programId: p.id,
        year,
        status: STATUSES[(i + k) % 4] as (typeof STATUSES)[number],
        physicalProgress: (i * 7 + k * 11) % 101,
        budgetAllocated: 1_000_000_000,
        budgetRealised: 800_000_000,
      })),
    ),
  );
  await db
    .insert(programBudget)
    .values(
      programs.flatMap((p) => YEARS.map((year) => ({ programId: p.id, year, source: "APBD" as const, amount: 1e9 }))),
    );
  const links = await db
    .insert(programIndicator)
    .values(
      programs.map((p, i) => ({ programId: p.id, indicatorId: (national[i % national.length] as { id: number }).id })),
    )
    .returning({ id: programIndicator.id });
  await db
    .insert(indicatorTarget)
    .values(links.flatMap((l) => YEARS.map((year, k) => ({ programIndicatorId: l.id, year, value: 50 + k }))));
  await db
    .insert(observation)
    .values(
      links.flatMap((l, i) => YEARS.map((year, k) => ({ programIndicatorId: l.id, year, value: 40 + ((i + k) % 20) }))),
    );

  const summary = await measure(
    async () => {
      const res = await app.inject({
        url: `/api/masterplans/${plan.id}/monitoring/summary?year=${START + 8}`,
        headers: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(`summary → ${res.statusCode} ${res.body}`);
    },
    50,
    5,
  );
  const summaryBase = await measure(
    () =>
      database.db.execute(
        sql`select count(*), avg(physical_progress) from program_progress pp join program p on p.id = pp.program_id where p.masterplan_id = ${plan.id}`,
      ),
    50,
    5,
  );

  return [
    {
      scenario: "GET monitoring/summary (150 prog. × 10 yr, 150 ind.)",
      median: summary.median,
      p99: summary.p99,
      baselineMedian: summaryBase.median,
      note: `target < 100 ms median: ${summary.median < 100 ? "met" : "NOT met"}`,
    },
  ];
}
