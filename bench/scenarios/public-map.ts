import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import { mapStatusQuery } from "../../server/services/public/map-status";
import { measure, type Row } from "../measure";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The national map: GET /api/public/map for all 552 regions (514 kab/kota in two published
 * cohorts, MoUs, closed Bimtek stages, plans) against its bare SQL; and the committed
 * kab/kota layer's gzip size and parse time against the source file's, when ../shared is here.
 */
export async function publicMapScenarios(app: App, database: Database): Promise<Row[]> {
  const db = database.db;
  await db.execute(sql`
    with fw as (select id from framework where is_default limit 1),
         ins as (select id from readiness_instrument order by id limit 1)
    insert into cohort (year, name, quota, framework_id, instrument_id, status, selection_published_at)
    select y, 'GMSC ' || y || ' bench peta', 600, fw.id, ins.id, 'mentoring', now()
    from fw, ins, (values (2028), (2029)) v(y)`);
  await db.execute(sql`
    insert into candidate (cohort_id, region_code, status)
    select c.id, r.code, case when (row_number() over (order by r.code)) % 3 = 0 then 'not_selected' else 'selected' end
    from region r join cohort c on c.name like '%bench peta' and (c.year = 2028) = (right(r.code, 1)::int % 2 = 0)
    where r.type <> 'provinsi'`);
  await db.execute(sql`
    insert into mou (candidate_id, signed_on)
    select id, date '2028-03-01' from candidate where status = 'selected' and id % 2 = 0
    on conflict do nothing`);
  await db.execute(sql`
    insert into bimtek_stage (candidate_id, stage_template_id, number, closed_at)
    select ca.id, st.id, st.number, case when st.number <= ca.id % 5 then now() end
    from candidate ca
    join cohort co on co.id = ca.cohort_id and co.name like '%bench peta'
    join stage_template st on st.framework_id = co.framework_id
    where ca.status = 'selected'
    on conflict do nothing`);

  const rows: Row[] = [];
  const api = await measure(async () => {
    const res = await app.inject("/api/public/map");
    if (res.statusCode !== 200) throw new Error(`/api/public/map → ${res.statusCode}`);
  });
  const base = await measure(() => db.execute(mapStatusQuery));
  rows.push({
    scenario: "GET /api/public/map (552 regions)",
    median: api.median,
    p99: api.p99,
    baselineMedian: base.median,
    note: "vs its bare SQL",
  });

  const built = readFileSync(new URL("../../web/public/geo/kabupaten-kota.json", import.meta.url));
  const source = new URL("../../../shared/data/geo/kabupaten_kota.geojson", import.meta.url);
  const raw = existsSync(source) ? readFileSync(source) : built;
  const parse = await measure(async () => JSON.parse(built.toString()), 30, 3);
  const parseRaw = await measure(async () => JSON.parse(raw.toString()), 30, 3);
  rows.push({
    scenario: "parse web/public/geo/kabupaten-kota.json",
    median: parse.median,
    p99: parse.p99,
    baselineMedian: parseRaw.median,
    note: `gzip ${kb(gzipSync(built, { level: 9 }).length)} (limit 100 KB) vs source ${kb(gzipSync(raw, { level: 9 }).length)}`,
  });
  return rows;
}
