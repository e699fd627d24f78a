import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import { masterplan } from "../../server/db/schema/index";
import { importObservationsFile } from "../../server/services/monitoring/import-observations";
import type { Row } from "../measure";

const REGION = "32.78";
const START = 2016;
const YEARS = 10;
const PROGRAMS = 150;
// 91 national + 132 regional indicators on every program: 150 × 223 × 10 years × (year, S1, S2)
// = 1,003,500 periods, of which the file holds the first rows.
const REGIONAL_INDICATORS = 132;
const PERIODS = ["", "1", "2"];

const field = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** An enacted plan of the bench region with 150 programs (P-01 …), each linked to every indicator of the region. */
async function importPlan(db: App["database"]["db"], frameworkId: number, k: number) {
  const [plan] = rowsOf<{ id: number }>(
    await db.execute(sql`insert into masterplan (region_code, title, period_start, period_end, framework_id, status)
      values (${REGION}, ${`Bench impor ${k}`}, ${START}::int, ${START + YEARS - 1}::int, ${frameworkId}::int, 'enacted')
      returning id`),
  );
  if (!plan) throw new Error("plan");
  await db.execute(sql`
    insert into program (masterplan_id, dimension_code, element_code, code, name, term, start_year, end_year)
    select ${plan.id}::int, el.dim, el.code, 'P-' || lpad(g::text, greatest(2, length(g::text)), '0'),
           'Program ' || g, 'long', ${START}::int, ${START + YEARS - 1}::int
    from generate_series(1, ${PROGRAMS}::int) g
    cross join (select d.code as dim, e.code from element e join dimension d on d.id = e.dimension_id
                where d.framework_id = ${frameworkId}::int order by d."order", e."order" limit 1) el`);
  await db.execute(sql`
    insert into program_indicator (program_id, indicator_id)
    select p.id, i.id from program p
    cross join indicator i
    where p.masterplan_id = ${plan.id}::int and (i.region_code is null or i.region_code = ${REGION})`);
  const [row] = await db.select().from(masterplan).where(eq(masterplan.id, plan.id));
  if (!row) throw new Error("plan");
  return row;
}

/**
 * The realisation CSV of a plan as the template's columns would be filled in: codes as shown,
 * one value in four written the Indonesian way ("1.234,5", quoted), a note on one row in a hundred.
 */
async function writeCsv(db: App["database"]["db"], planId: number, file: string, limit: number) {
  const links = rowsOf<{ p: string; i: string; u: string }>(
    await db.execute(sql`select p.code as p, i.code as i, i.unit as u from program_indicator pi
      join program p on p.id = pi.program_id join indicator i on i.id = pi.indicator_id
      where p.masterplan_id = ${planId}::int order by p.code, i.code`),
  );
  const out = createWriteStream(file);
  out.write("Kode Program,Kode Indikator,Satuan,Tahun,Semester,Realisasi,Catatan\n");
  let n = 0;
  let chunk: string[] = [];
  outer: for (const l of links)
    for (let y = START; y < START + YEARS; y++)
      for (const s of PERIODS) {
        if (n >= limit) break outer;
        const v = (n * 7919) % 200_000;
        const value = n % 4 === 0 ? `"${Math.floor(v / 10).toLocaleString("id-ID")},${v % 10}"` : `${v / 10}`;
        chunk.push(
          `${field(l.p)},${field(l.i)},${field(l.u)},${y},${s},${value},${n % 100 === 0 ? '"Sumber: BPS, angka sementara"' : ""}\n`,
        );
        n++;
        if (chunk.length === 10_000) {
          if (!out.write(chunk.join(""))) await new Promise<void>((r) => out.once("drain", () => r()));
          chunk = [];
        }
      }
  out.write(chunk.join(""));
  await new Promise((resolve) => out.end(resolve));
  return n;
}

/**
 * The command-line import of realisations at national scale (issue 7: 1,000,000 observations
 * from CSV within 2× PostgreSQL's own COPY of the same file). One region's plans, each with
 * 150 programs × 223 indicators, take the same 1,000,000-row file through the service the CLI
 * runs (streaming, every row checked, COPY in one transaction); each run into a fresh plan
 * from the same stored data (whatever the scenarios before left, e.g. the national dataset),
 * the median reported; the first plan then takes the file again as updates. Baselines on the same connection pool: COPY FROM STDIN of the same file
 * into a plain table of its seven columns; to show where the time goes, the same COPY into that
 * table with a unique index on the period, and COPY of the same rows already resolved to
 * program-indicator ids straight into `observation` (its unique index, identity key and the
 * reference trigger of migration 0010). PGlite runs one import of a smaller file.
 */
export async function monitoringImportScenarios(app: App, database: Database, frameworkId: number): Promise<Row[]> {
  const db = app.database.db;
  const onPostgres = database.kind === "postgres";
  const target = onPostgres ? 1_000_000 : 100_000;
  const runs = onPostgres ? 3 : 1;
  await db.execute(sql`
    insert into indicator (region_code, code, name, unit, direction, framework_id)
    select ${REGION}, 'KC-' || lpad(g::text, 3, '0'), 'Indikator daerah ' || g, 'satuan ' || (g % 9),
           'higher_is_better', ${frameworkId}::int
    from generate_series(1, ${REGIONAL_INDICATORS}::int) g`);
  const plans = [];
  for (let k = 0; k < runs; k++) plans.push(await importPlan(db, frameworkId, k + 1));
  const dir = await mkdtemp(path.join(tmpdir(), "kc-bench-import-"));
  const file = path.join(dir, "realisasi.csv");
  const first = plans[0];
  if (!first) throw new Error("plan");
  const rows = await writeCsv(db, first.id, file, target);
  const before = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from observation`))[0]?.n ?? 0;
  const ctx = { actor: null, ip: null, userAgent: "bench", requestId: "bench-import" };

  // Each run starts from the same stored data: a run's rows are removed (untimed) after it.
  const clear = (planId: number) =>
    db.execute(sql`delete from observation where program_indicator_id in
      (select pi.id from program_indicator pi join program p on p.id = pi.program_id where p.masterplan_id = ${planId}::int)`);
  const importTimes: number[] = [];
  let reimport = Number.NaN;
  for (const plan of plans) {
    const t0 = performance.now();
    const r = await importObservationsFile(database, { file, plan, ctx });
    importTimes.push(performance.now() - t0);
    if (r.inserted !== rows) throw new Error(`import stored ${r.inserted} of ${rows}`);
    if (plan === first) {
      // The same file again: every row replaces a stored value.
      const u0 = performance.now();
      const again = await importObservationsFile(database, { file, plan, ctx });
      reimport = performance.now() - u0;
      if (again.updated !== rows) throw new Error(`re-import updated ${again.updated} of ${rows}`);
    }
    await clear(plan.id);
  }

  // PostgreSQL's own COPY of the same file into a plain table of its columns, `runs` times from empty.
  await db.execute(sql`create table observation_copy_test (program_code text, indicator_code text, unit text,
    year int, semester int, value text, note text)`);
  const copyRuns = async () => {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      await db.execute(sql`truncate observation_copy_test`);
      const c0 = performance.now();
      const n = await database.copyTransaction((_tx, copyIn) =>
        copyIn("observation_copy_test", "format csv, header true", createReadStream(file, { highWaterMark: 1 << 20 })),
      );
      times.push(performance.now() - c0);
      if (n !== rows) throw new Error(`COPY read ${n} of ${rows}`);
    }
    return times;
  };
  const copyTimes = await copyRuns();
  // The same COPY into the same table with the one rule any store of realisations needs, one
  // value per period (a unique index over the file's codes, year and semester): what PostgreSQL
  // itself spends keeping one index up to date row by row.
  await db.execute(sql`truncate observation_copy_test`);
  await db.execute(sql`alter table observation_copy_test add constraint observation_copy_test_period
    unique nulls not distinct (program_code, indicator_code, year, semester)`);
  const indexedTimes = await copyRuns();
  await db.execute(sql`drop table observation_copy_test`);

  // The floor for storing these rows: COPY of them already resolved, straight into observation.
  const floorPlan = await importPlan(db, frameworkId, runs + 1);
  const ids = rowsOf<{ id: number }>(
    await db.execute(sql`select pi.id from program_indicator pi join program p on p.id = pi.program_id
      join indicator i on i.id = pi.indicator_id where p.masterplan_id = ${floorPlan.id}::int order by p.code, i.code`),
  );
  const lines: string[] = [];
  outer: for (const { id } of ids)
    for (let y = START; y < START + YEARS; y++)
      for (const s of PERIODS) {
        if (lines.length >= rows) break outer;
        lines.push(`${id}\t${y}\t${s || "\\N"}\t${(lines.length * 7919) % 20_000}\t\n`);
      }
  const data = [Buffer.from(lines.join(""))];
  const f0 = performance.now();
  await database.copyTransaction((_tx, copyIn) =>
    copyIn("observation (program_indicator_id, year, semester, value, note)", "format text", data),
  );
  const floor = performance.now() - f0;

  // Leave the database as it was for the scenarios after this one.
  await db.execute(
    sql`delete from masterplan where id in (${sql.join(
      [...plans, floorPlan].map((p) => sql`${p.id}::int`),
      sql`, `,
    )})`,
  );
  await db.execute(sql`delete from indicator where region_code = ${REGION} and code like 'KC-%'`);
  await rm(dir, { recursive: true, force: true });

  const imp = median(importTimes);
  const copy = median(copyTimes);
  const label = `${rows.toLocaleString("id-ID")} rows`;
  return [
    {
      scenario: `CLI import observations (${label}, new periods)`,
      median: imp,
      p99: Math.max(...importTimes),
      baselineMedian: copy,
      note: `${runs} run(s): ${importTimes.map(secs).join(", ")}; baseline = COPY FROM STDIN of the file into a plain table (${copyTimes.map(secs).join(", ")}); ${before.toLocaleString("id-ID")} observations stored before; ${onPostgres ? `target ≤ 2×: ${imp <= 2 * copy ? "met" : "NOT met"}` : "the 2× target is for PostgreSQL (BENCH_DATABASE_URL)"}`,
    },
    {
      scenario: `CLI re-import of the same file (${label}, updates)`,
      median: reimport,
      p99: reimport,
      baselineMedian: copy,
      note: "every row replaces a stored value (status entered, version + 1)",
    },
    {
      scenario: `COPY of the file into a plain table + unique index (${label})`,
      median: median(indexedTimes),
      p99: Math.max(...indexedTimes),
      baselineMedian: copy,
      note: `${indexedTimes.map(secs).join(", ")}; PostgreSQL's own COPY once the table keeps one value per period (no id, no checks, no reference)`,
    },
    {
      scenario: `COPY resolved rows into observation (${label})`,
      median: floor,
      p99: floor,
      baselineMedian: copy,
      note: "the same rows with ids, straight into observation (unique period index, identity key, reference trigger): the floor for any import into this table",
    },
  ];
}
