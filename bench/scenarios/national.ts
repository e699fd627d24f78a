import { and, eq, sql } from "drizzle-orm";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import { evaluation, framework, region } from "../../server/db/schema/index";
import { getFramework } from "../../server/services/frameworks/get-framework";
import { createAccount } from "../../server/services/people/create-account";
import { signIn } from "../../server/testing/factories";
import { measure, type Row } from "../measure";
import { rawDimensionDrill, rawMonitoringSummary, rawNationalTable, rawResult } from "./national/baselines";
import { buildEvaluationData } from "./national/evaluation-data";
import { buildMonitoringData, inList, PERIOD_END, PERIOD_START, rowsOf } from "./national/monitoring-data";
import { publicRegionScenarios } from "./national/public-region";
import { taskScenarios } from "./national/tasks";

const PASSWORD = "bench-password-123";
const REGIONS = 250;
const YEAR = 2025;
// Regions the other scenarios fill with their own plans and OPDs.
const TAKEN = ["32.78", "32.79"];

const target = (ms: number, limit: number) => `target < ${limit} ms median: ${ms < limit ? "met" : "NOT met"}`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** 250 kab/kota by a fixed stride over the Kemendagri codes. */
export async function pickRegions(database: Database) {
  const rows = await database.db
    .select({ code: region.code })
    .from(region)
    .where(sql`${region.type} <> 'provinsi' and ${region.code} not in (${inList(TAKEN)})`)
    .orderBy(region.code);
  return Array.from({ length: REGIONS }, (_, i) => rows[Math.floor((i * rows.length) / REGIONS)]?.code as string);
}

/**
 * The national-scale read side of monitoring and evaluation (issue 7): 250 regions × 150
 * programs × 10 years of progress, 250 × 100 indicators × 10 years of targets and values,
 * and five published evaluation rounds (1,250 stored results). Measures the national
 * evaluation table, a region's monitoring dashboard and a region's result drill-down through
 * the HTTP API against hand-written SQL of the same database work.
 */
export async function nationalScenarios(app: App, database: Database): Promise<Row[]> {
  const db = app.database.db;
  const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
  if (!fw) throw new Error("framework");
  const codes = await pickRegions(database);
  const t0 = performance.now();
  const plans = await buildMonitoringData(db, fw.id, codes);
  const t1 = performance.now();
  const rounds = await buildEvaluationData(db, codes);
  const built = `national dataset built in ${secs(performance.now() - t0)} (monitoring ${secs(t1 - t0)}, evaluation ${secs(performance.now() - t1)})`;

  const admin = await createAccount(db, app.auth, {
    email: "admin-nasional@bench.id",
    name: "Admin Nasional",
    password: PASSWORD,
    membership: { role: "national_admin" },
    createdBy: null,
  });
  const adminCookie = await signIn(app, admin.email, PASSWORD);
  const plan = plans[Math.floor(plans.length / 2)];
  if (!plan) throw new Error("plan");
  const coordinator = await createAccount(db, app.auth, {
    email: "koordinator-nasional@bench.id",
    name: "Koordinator",
    password: PASSWORD,
    membership: { role: "region_coordinator", regionCode: plan.regionCode },
    createdBy: null,
  });
  const regionCookie = await signIn(app, coordinator.email, PASSWORD);
  const [busiest] = rowsOf<{ province: string; n: number }>(
    await db.execute(sql`select province_code as province, count(*)::int as n from region
      where code in (${inList(codes)}) group by 1 order by 2 desc, 1 limit 1`),
  );
  if (!busiest) throw new Error("province");
  const last = rounds.at(-1);
  const [own] = last
    ? await db
        .select({ id: evaluation.id })
        .from(evaluation)
        .where(and(eq(evaluation.roundId, last.id), eq(evaluation.regionCode, plan.regionCode)))
    : [];
  if (!own) throw new Error("evaluation");

  const get = async (url: string, cookie: string, check: (body: { data: unknown; total?: number }) => boolean) => {
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200 || !check(res.json()))
      throw new Error(`${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  };
  const rows: Row[] = [];
  const add = async (
    scenario: string,
    limit: number | null,
    api: () => Promise<unknown>,
    base: () => Promise<unknown>,
    extra = "",
    runs = 100,
  ) => {
    const warmup = Math.max(2, runs / 10);
    const a = await measure(api, runs, warmup);
    const b = await measure(base, runs, warmup);
    const note = [limit === null ? "" : target(a.median, limit), extra].filter(Boolean).join("; ");
    rows.push({ scenario, median: a.median, p99: a.p99, baselineMedian: b.median, note });
  };

  const summary = (scenario: string, extra: string, runs: number) =>
    add(
      scenario,
      100,
      () =>
        get(
          `/api/masterplans/${plan.id}/monitoring/summary?year=${YEAR}`,
          regionCookie,
          (b) => (b.data as { indicatorsByDimension: unknown[] }).indicatorsByDimension.length > 0,
        ),
      () =>
        rawMonitoringSummary(db, {
          planId: plan.id,
          frameworkId: fw.id,
          periodStart: PERIOD_START,
          year: YEAR,
          lastPassed: Math.min(PERIOD_END, new Date().getUTCFullYear() - 1),
        }),
      extra,
      runs,
    );
  // PGlite has no autovacuum: until something runs ANALYZE the planner has no statistics.
  if (database.kind === "pglite") await summary("GET monitoring/summary, before ANALYZE", "no planner statistics", 10);
  const a0 = performance.now();
  await db.execute(sql`analyze`);
  const analyzed = `ANALYZE took ${secs(performance.now() - a0)}`;

  await add(
    "GET /api/evaluation-results year, rank, page 1 of 50",
    100,
    () =>
      get(
        `/api/evaluation-results?year=${YEAR}&sort=rank&page=1&pageSize=50`,
        adminCookie,
        (b) => (b.data as unknown[]).length === 50 && b.total === REGIONS,
      ),
    () => rawNationalTable(db, { year: YEAR, pageSize: 50 }),
    `${REGIONS} of ${(REGIONS * rounds.length).toLocaleString("id-ID")} results; ${built}; ${analyzed}`,
  );
  await add(
    `GET /api/evaluation-results year + province (${busiest.n} reg.)`,
    100,
    () =>
      get(
        `/api/evaluation-results?year=${YEAR}&province=${busiest.province}&sort=rank&page=1&pageSize=50`,
        adminCookie,
        (b) => b.total === busiest.n,
      ),
    () => rawNationalTable(db, { year: YEAR, province: busiest.province, pageSize: 50 }),
  );
  await summary(
    "GET monitoring/summary, one of 250 national plans",
    `${plan.regionCode}, 150 prog., 100 ind.; baseline = its 9 queries by hand, concurrent`,
    30,
  );
  await add(
    "GET /api/evaluations/:id/result (region)",
    null,
    () => get(`/api/evaluations/${own.id}/result`, regionCookie, (b) => (b.data as { year: number }).year === YEAR),
    () => rawResult(db, own.id),
  );
  // The drill-down of the framework's first dimension, whatever its code.
  const drilled = (await getFramework(db, fw.id)).dimensions[0]?.code ?? "";
  const drillUrl = `/api/evaluations/${own.id}/result/dimensions/${drilled}`;
  const drill = (await app.inject({ url: drillUrl, headers: { cookie: regionCookie } })).json().data as {
    programs: Array<{ indicators: unknown[] }>;
  };
  const drillSize = `${drill.programs.length} programs, ${drill.programs.flatMap((p) => p.indicators).length} indicators`;
  await add(
    `GET /api/evaluations/:id/result/dimensions/${drilled}`,
    null,
    () =>
      get(drillUrl, regionCookie, (b) => (b.data as { programs: unknown[] }).programs.length === drill.programs.length),
    () => rawDimensionDrill(db, { regionCode: plan.regionCode, dimension: drilled, year: YEAR }),
    `${drillSize}, live monitoring data`,
    50,
  );
  rows.push(...(await publicRegionScenarios(app, plan.regionCode)));
  rows.push(
    ...(await taskScenarios(app, codes, plan, {
      admin: adminCookie,
      coordinator: regionCookie,
      adminEmail: admin.email,
      coordinatorEmail: coordinator.email,
    })),
  );
  return rows;
}
