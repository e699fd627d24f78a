import { asc, eq, sql } from "drizzle-orm";
import { DATASET_KINDS, NATIONAL_KINDS, REGION_KINDS } from "../../domain/open-data/kinds";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import { dimension, framework } from "../../server/db/schema/index";
import { datasetId } from "../../server/services/open-data/dataset-id";
import { searchCondition } from "../../server/services/open-data/search-datasets";
import { measure, type Row } from "../measure";

/**
 * The open data catalogue at national scale: every kab/kota publishing each of its regional
 * datasets plus the national ones (514 × 4 + 3 = 2,059 datasets), searched through the CKAN
 * Action API and the web's search, and the whole DCAT-AP catalogue read page by page. Baselines:
 * the bare SQL of the same page and count.
 */
export async function openDataCatalogueScenarios(app: App, database: Database): Promise<Row[]> {
  const db = database.db;
  const regions = (await db.execute(
    sql`select code from region where type <> 'provinsi' order by code`,
  )) as unknown as {
    rows: Array<{ code: string }>;
  };
  // Every other dimension of the default framework (three of Kominfo 2017's six), as the framework names them.
  const dims = (
    await db
      .select({ code: dimension.code })
      .from(dimension)
      .innerJoin(framework, eq(framework.id, dimension.frameworkId))
      .where(eq(framework.isDefault, true))
      .orderBy(asc(dimension.order))
  )
    .map((d) => d.code)
    .filter((_, i) => i % 2 === 0);
  const values = [
    ...regions.rows.flatMap((r) => REGION_KINDS.map((kind) => ({ id: datasetId(kind, r.code), kind, region: r.code }))),
    ...NATIONAL_KINDS.map((kind) => ({ id: datasetId(kind, null), kind, region: null as string | null })),
  ];
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    await db.execute(sql`
      insert into dataset (id, kind, region_code, status, published_at, data_modified_at, dimensions)
      values ${sql.join(
        chunk.map(
          (v, j) =>
            sql`(${v.id}::uuid, ${v.kind}, ${v.region}, 'published', now(), now() - make_interval(mins => ${i + j}),
                 ${`{${dims.join(",")}}`}::text[])`,
        ),
        sql`, `,
      )}
      on conflict do nothing`);
  }
  const total = values.length;
  const rows: Row[] = [];
  const pageSql = (limit: number, order: ReturnType<typeof sql>) => sql`
    select d.*, r.name, r.type, r.province_code from dataset d left join region r on r.code = d.region_code
    where ${searchCondition({})} order by ${order} limit ${limit}`;
  const countSql = sql`select count(*) from dataset d left join region r on r.code = d.region_code where ${searchCondition({})}`;

  const ok = async (url: string) => {
    const res = await app.inject(url);
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res;
  };
  const ckan = await measure(() => ok("/api/3/action/package_search?rows=100&start=0&sort=id%20asc"), 100, 10);
  const ckanBase = await measure(
    () => Promise.all([db.execute(pageSql(100, sql`d.id`)), db.execute(countSql)]),
    100,
    10,
  );
  rows.push({
    scenario: `CKAN package_search, 100 of ${total} datasets`,
    median: ckan.median,
    p99: ckan.p99,
    baselineMedian: ckanBase.median,
    note: "vs the bare SQL of the page and count; target ≤ 50 ms",
  });
  const harvest = await measure(
    () =>
      ok(
        `/api/3/action/package_search?fq=${encodeURIComponent("metadata_modified:[2020-01-01T00:00:00Z TO *]")}&rows=100&sort=id%20asc`,
      ),
    100,
    10,
  );
  rows.push({
    scenario: "CKAN package_search, harvester's incremental fq",
    median: harvest.median,
    p99: harvest.p99,
    baselineMedian: ckanBase.median,
    note: "vs the bare SQL of the page and count; target ≤ 50 ms",
  });
  const web = await measure(() => ok("/api/public/datasets?rows=20&q=indikator"), 100, 10);
  const webBase = await measure(
    () => Promise.all([db.execute(pageSql(20, sql`d.data_modified_at desc`)), db.execute(countSql)]),
    100,
    10,
  );
  rows.push({
    scenario: "/api/public/datasets search with 7 facets",
    median: web.median,
    p99: web.p99,
    baselineMedian: webBase.median,
    note: "vs the bare SQL of the page and count (facets are extra work)",
  });
  const catalogue = await measure(
    async () => {
      let url: string | null = "/catalog.jsonld?page=1&pageSize=1000";
      let pages = 0;
      while (url && pages < 10) {
        const res = await ok(url);
        pages++;
        const body = res.json() as Record<string, unknown>;
        const view = JSON.stringify(body).match(/"hydra:next"\s*:\s*"([^"]+)"|"next"\s*:\s*"([^"]+)"/);
        const next = view?.[1] ?? view?.[2] ?? null;
        url = next ? next.replace(/^https?:\/\/[^/]+/, "") : null;
      }
    },
    10,
    2,
  );
  const catalogueBase = await measure(() => db.execute(pageSql(total, sql`d.id`)), 10, 2);
  rows.push({
    scenario: `DCAT-AP catalogue, all ${total} datasets (pages of 1000)`,
    median: catalogue.median,
    p99: catalogue.p99,
    baselineMedian: catalogueBase.median,
    note: `vs one SELECT of every row; target ≤ 500 ms; kinds: ${DATASET_KINDS.length}`,
  });
  return rows;
}
