import { sql } from "drizzle-orm";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import { measure, type Row } from "../measure";

/**
 * The region list as the Wilayah page asks for it, through the whole HTTP stack,
 * against the bare SQL of the same search run on the same database in the same process.
 */
export async function regionScenarios(app: App, database: Database): Promise<Row[]> {
  const rows: Row[] = [];
  const cases: Array<[string, string, ReturnType<typeof sql>]> = [
    [
      "GET /api/regions (page 1 of 552)",
      "/api/regions",
      sql`select r.code, r.name, r.type, p.name from region r join region p on p.code = r.province_code order by r.code limit 50`,
    ],
    [
      "GET /api/regions?q=banjar",
      "/api/regions?q=banjar",
      sql`select r.code, r.name, r.type, p.name from region r join region p on p.code = r.province_code
          where r.bare_name like '%banjar%' order by case when r.bare_name = 'banjar' then 0 else 1 end, r.code limit 50`,
    ],
    [
      "GET /api/regions?province=32&type=kota",
      "/api/regions?province=32&type=kota",
      sql`select r.code, r.name, r.type, p.name from region r join region p on p.code = r.province_code
          where r.province_code = '32' and r.type = 'kota' order by r.code limit 50`,
    ],
  ];
  for (const [scenario, url, raw] of cases) {
    const api = await measure(async () => {
      const res = await app.inject(url);
      if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`);
    });
    const base = await measure(() => database.db.execute(raw));
    rows.push({
      scenario,
      median: api.median,
      p99: api.p99,
      baselineMedian: base.median,
      note: "vs raw SQL (no count)",
    });
  }
  return rows;
}
