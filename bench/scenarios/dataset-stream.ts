import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import { to as copyTo } from "pg-copy-streams";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import { datasetId } from "../../server/services/open-data/dataset-id";
import { datasetRowsText, poolOf } from "../../server/services/open-data/stream-source";
import type { Row } from "../measure";
import { rowsOf } from "./national/monitoring-data";

const MB = 1024 * 1024;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A sink that only counts. */
const counter = () => {
  let bytes = 0;
  const sink = new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _e, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
};

/** Highest RSS and heap seen while `fn` runs, above what they were before. */
async function withMemory<T>(fn: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - t0, rssGrowth: rss - before.rss, heapGrowth: heap - before.heapUsed };
  } finally {
    clearInterval(timer);
  }
}

/** GET over a real socket, the body counted and dropped as it arrives (inject would buffer it). */
function download(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`${path} → ${res.statusCode}`));
      const c = counter();
      pipeline(res, c.sink).then(() => resolve(c.bytes()), reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Issue 14: one region's indicator realisations at national scale — 1,000,000 verified values
 * (1,000 programs × 50 indicators × 10 years × 2 semesters; PGlite: a tenth) — downloaded as CSV
 * through GET /api/public/datasets/{id}/data.csv over a socket, against the database's own
 * `COPY (<the same SELECT>) TO STDOUT WITH (FORMAT csv, HEADER)` read in the same process.
 * Targets: at most 2× the baseline's time, at most 50 MB growth of the process's RSS.
 */
export async function datasetStreamScenarios(app: App, database: Database): Promise<Row[]> {
  const db = database.db;
  const onPostgres = database.kind === "postgres";
  const programs = onPostgres ? 1000 : 100;
  const indicatorsPerProgram = 50;
  const t0 = performance.now();
  const [region] = rowsOf<{ code: string }>(
    await db.execute(sql`
      select code from region r where type = 'kota'
        and not exists (select 1 from masterplan m where m.region_code = r.code)
      order by code desc limit 1`),
  );
  const [fw] = rowsOf<{ id: number }>(await db.execute(sql`select id from framework where is_default limit 1`));
  if (!region || !fw) throw new Error("no free region or no framework");
  const code = region.code;
  await db.execute(sql`
    insert into opd (region_code, name, abbreviation, kind)
    values (${code}, 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'dinas')`);
  const [plan] = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into masterplan (region_code, title, period_start, period_end, framework_id, status)
      values (${code}, 'Masterplan bench data terbuka', 2024, 2033, ${fw.id}, 'enacted') returning id`),
  );
  if (!plan) throw new Error("plan");
  await db.execute(sql`
    insert into program (masterplan_id, dimension_code, element_code, code, name, owner_opd_id, term, start_year, end_year)
    select ${plan.id}, el.dim, el.code, 'P-' || lpad(g::text, 4, '0'), 'Program bench ' || g,
           (select id from opd where region_code = ${code} limit 1), 'long', 2024, 2033
    from generate_series(1, ${programs}) g
    cross join lateral (select d.code as dim, e.code from element e join dimension d on d.id = e.dimension_id
                        where d.framework_id = ${fw.id} order by d."order", e."order"
                        offset (g % 18) limit 1) el`);
  await db.execute(sql`
    insert into program_indicator (program_id, indicator_id)
    select p.id, i.id from program p
    join (select id, row_number() over (order by id) as k from indicator where region_code is null) i
      on i.k <= ${indicatorsPerProgram}
    where p.masterplan_id = ${plan.id}`);
  await db.execute(sql`
    insert into indicator_target (program_indicator_id, year, value)
    select pi.id, y, 50 + (pi.id % 40) from program_indicator pi join program p on p.id = pi.program_id
    cross join generate_series(2024, 2033) y where p.masterplan_id = ${plan.id}`);
  await db.execute(sql`
    insert into observation (program_indicator_id, year, semester, value, status, reviewed_at)
    select pi.id, y, s, round((40 + (pi.id * 7 + y * 3 + s) % 60)::numeric + 0.25, 2), 'verified', now()
    from program_indicator pi join program p on p.id = pi.program_id
    cross join generate_series(2024, 2033) y cross join generate_series(1, 2) s
    where p.masterplan_id = ${plan.id}`);
  const id = datasetId("indicator_realisations", code);
  await db.execute(sql`
    insert into dataset (id, kind, region_code, status, published_at)
    values (${id}::uuid, 'indicator_realisations', ${code}, 'published', now())`);
  if (onPostgres) await db.execute(sql`analyze`);
  const [count] = rowsOf<{ n: number }>(
    await db.execute(sql.raw(`select count(*)::int as n from (${datasetRowsText("indicator_realisations", code)}) q`)),
  );
  const rows = Number(count?.n ?? 0);
  const built = `${rows.toLocaleString("en")} rows built in ${secs(performance.now() - t0)}`;

  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  const text = datasetRowsText("indicator_realisations", code);
  const baseline = async () => {
    if (database.kind === "postgres") {
      const client = await poolOf(database).connect();
      try {
        const c = counter();
        await pipeline(client.query(copyTo(`copy (${text}) to stdout with (format csv, header)`)), c.sink);
        return c.bytes();
      } finally {
        client.release();
      }
    }
    const r = await database.pglite?.query(`copy (${text}) to '/dev/blob' with (format csv, header)`);
    return r?.blob?.size ?? 0;
  };

  const runs = 3;
  const api: Array<Awaited<ReturnType<typeof withMemory<number>>>> = [];
  const base: number[] = [];
  await download(port, `/api/public/datasets/${id}/data.csv`); // warm-up
  for (let i = 0; i < runs; i++) {
    base.push((await withMemory(baseline)).ms);
    api.push(await withMemory(() => download(port, `/api/public/datasets/${id}/data.csv`)));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const apiMs = median(api.map((a) => a.ms));
  const baseMs = median(base);
  const rss = Math.max(...api.map((a) => a.rssGrowth)) / MB;
  const heap = Math.max(...api.map((a) => a.heapGrowth)) / MB;
  const bytes = api[0]?.value ?? 0;
  const met = apiMs <= 2 * baseMs && rss <= 50;
  const out: Row[] = [
    {
      scenario: `GET data.csv, ${rows.toLocaleString("en")} indicator values`,
      median: apiMs,
      p99: Math.max(...api.map((a) => a.ms)),
      baselineMedian: baseMs,
      note: `vs COPY TO STDOUT; ${(bytes / MB).toFixed(0)} MB, RSS +${rss.toFixed(1)} MB, heap +${heap.toFixed(1)} MB (targets ≤ 2×, ≤ 50 MB: ${met ? "met" : "NOT met"}); ${built}`,
    },
  ];
  const json = await withMemory(() => download(port, `/api/public/datasets/${id}/data.json`));
  out.push({
    scenario: `GET data.json, ${rows.toLocaleString("en")} indicator values`,
    median: json.ms,
    p99: json.ms,
    baselineMedian: baseMs,
    note: `one run vs CSV COPY; ${(json.value / MB).toFixed(0)} MB, RSS +${(json.rssGrowth / MB).toFixed(1)} MB, heap +${(json.heapGrowth / MB).toFixed(1)} MB`,
  });
  return out;
}
