import { type SQL, sql } from "drizzle-orm";
import {
  type DatasetMeta,
  type DatasetSearch,
  DISTRIBUTION_FORMATS,
  type Facet,
  type FacetName,
} from "../../../domain/open-data/dataset";
import { DATASET_KIND_DEFS, DATASET_KINDS, type DatasetKind } from "../../../domain/open-data/kinds";
import { displayRegionName, type RegionType } from "../../../domain/regions";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { type DatasetRow, datasetMeta } from "./dataset-meta";
import type { OpenDataSettings } from "./settings";

const SELECT = sql`
  select d.id, d.kind, d.region_code as "regionCode", r.name as "regionName", r.type as "regionType",
         r.province_code as "provinceCode", d.issued_at as "issuedAt",
         greatest(d.data_modified_at, d.updated_at) as "modifiedAt",
         d.row_count as "rowCount", d.csv_bytes as "csvBytes", d.json_bytes as "jsonBytes", d.xlsx_bytes as "xlsxBytes",
         coalesce(d.stats_for >= d.data_modified_at, false) as "statsCurrent",
         d.temporal_start as "temporalStart", d.temporal_end as "temporalEnd", d.dimensions
  from dataset d left join region r on r.code = d.region_code`;

const list = (values: readonly string[]) =>
  values.length
    ? sql`(${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : sql`(null)`;

const text = (def: (typeof DATASET_KIND_DEFS)[DatasetKind]) =>
  [def.title.id, def.title.en, def.description.id, def.description.en, ...def.keywords.id, ...def.keywords.en, def.slug]
    .join(" ")
    .toLowerCase();
const kindsWhere = (pick: (kind: DatasetKind) => boolean) => DATASET_KINDS.filter(pick);

/** The filter of a search as a condition on `d` (dataset) and `r` (its region): published only, always. */
export function searchCondition(s: Partial<DatasetSearch>): SQL {
  const parts: SQL[] = [sql`d.status = 'published'`];
  for (const word of (s.q ?? "").toLowerCase().split(/\s+/).filter(Boolean)) {
    const kinds = kindsWhere((k) => text(DATASET_KIND_DEFS[k]).includes(word));
    const national = "nasional indonesia kementerian".includes(word) ? sql` or d.region_code is null` : sql``;
    parts.push(sql`(d.kind in ${list(kinds)} or r.name ilike ${`%${word}%`} or d.region_code = ${word}${national})`);
  }
  if (s.publisher)
    parts.push(s.publisher === "kementerian" ? sql`d.region_code is null` : sql`d.region_code = ${s.publisher}`);
  if (s.province) parts.push(sql`r.province_code = ${s.province}`);
  if (s.dimension) parts.push(sql`${s.dimension} = any(d.dimensions)`);
  if (s.theme)
    parts.push(
      sql`d.kind in ${list(kindsWhere((k) => (DATASET_KIND_DEFS[k].themes as string[]).includes(s.theme ?? "")))}`,
    );
  if (s.keyword) {
    const kw = s.keyword.toLowerCase();
    parts.push(
      sql`d.kind in ${list(kindsWhere((k) => [...DATASET_KIND_DEFS[k].keywords.id, ...DATASET_KIND_DEFS[k].keywords.en].includes(kw)))}`,
    );
  }
  if (s.format && !(DISTRIBUTION_FORMATS as readonly string[]).includes(s.format)) parts.push(sql`false`);
  if (s.kind) parts.push(sql`d.kind = ${s.kind}`);
  if (s.modifiedSince) parts.push(sql`greatest(d.data_modified_at, d.updated_at) >= ${s.modifiedSince}::timestamptz`);
  return sql.join(parts, sql` and `);
}

const slugCase = sql`case d.kind ${sql.join(
  DATASET_KINDS.map((k) => sql`when ${k} then ${DATASET_KIND_DEFS[k].slug}`),
  sql` `,
)} end`;
const titleCase = sql`case d.kind ${sql.join(
  DATASET_KINDS.map((k) => sql`when ${k} then ${DATASET_KIND_DEFS[k].title.id}`),
  sql` `,
)} end`;
const ORDER: Record<DatasetSearch["sort"], SQL> = {
  modified_desc: sql`greatest(d.data_modified_at, d.updated_at) desc, d.id`,
  modified_asc: sql`greatest(d.data_modified_at, d.updated_at), d.id`,
  id_asc: sql`d.id`,
  name_asc: sql`${slugCase}, r.type nulls first, r.name nulls first, d.id`,
  title_asc: sql`${titleCase}, r.name nulls first, d.id`,
};

type Raw = Omit<DatasetRow, "issuedAt" | "modifiedAt"> & { issuedAt: unknown; modifiedAt: unknown };
const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Rows read by the catalogue, turned into their typed shape. */
export function toDatasetRow(r: Raw): DatasetRow {
  return {
    ...r,
    issuedAt: toDate(r.issuedAt),
    modifiedAt: toDate(r.modifiedAt),
    rowCount: num(r.rowCount),
    csvBytes: num(r.csvBytes),
    jsonBytes: num(r.jsonBytes),
    xlsxBytes: num(r.xlsxBytes),
    temporalStart: num(r.temporalStart),
    temporalEnd: num(r.temporalEnd),
    dimensions: r.dimensions ?? [],
  };
}

export type SearchResult = { total: number; items: DatasetMeta[]; facets: Partial<Record<FacetName, Facet>> };

/**
 * Published datasets matching a search, one page in the asked order, with the total and (when
 * asked) facet counts over the whole result. What /data, CKAN's package_search and the DCAT
 * catalogue all read.
 */
export async function searchDatasets(
  db: Db,
  opts: { search: Partial<DatasetSearch>; settings: OpenDataSettings; baseUrl: string; facets?: readonly FacetName[] },
): Promise<SearchResult> {
  const where = searchCondition(opts.search);
  const rows = Math.min(opts.search.rows ?? 20, 1000);
  const start = opts.search.start ?? 0;
  const [page, [count], facets] = await Promise.all([
    rows === 0
      ? Promise.resolve([] as Raw[])
      : queryRows<Raw>(
          db,
          sql`${SELECT} where ${where} order by ${ORDER[opts.search.sort ?? "modified_desc"]} limit ${rows} offset ${start}`,
        ),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from dataset d left join region r on r.code = d.region_code where ${where}`,
    ),
    opts.facets?.length ? facetCounts(db, where, opts.facets, opts.settings) : Promise.resolve({}),
  ]);
  return {
    total: Number(count?.n ?? 0),
    items: page.map((r) => datasetMeta(toDatasetRow(r), opts.settings, opts.baseUrl)),
    facets,
  };
}

/** One published dataset by its id or its name; null when there is none (or it is withdrawn). */
export async function findDataset(
  db: Db,
  opts: { idOrName: string; settings: OpenDataSettings; baseUrl: string },
): Promise<DatasetMeta | null> {
  const key = opts.idOrName.trim().toLowerCase();
  const byId = /^[0-9a-f-]{36}$/.test(key);
  if (byId) {
    const [row] = await queryRows<Raw>(db, sql`${SELECT} where d.status = 'published' and d.id = ${key}::uuid`);
    return row ? datasetMeta(toDatasetRow(row), opts.settings, opts.baseUrl) : null;
  }
  // Names are derived (kind slug + region slug): find the kind by its slug prefix, then the region.
  const def = Object.values(DATASET_KIND_DEFS)
    .filter((d) => key.startsWith(`${d.slug}-`))
    .sort((a, b) => b.slug.length - a.slug.length)[0];
  if (!def) return null;
  const rest = key.slice(def.slug.length + 1);
  const code =
    rest === "nasional"
      ? null
      : (rest
          .match(/(\d{2})-(\d{2})$/)
          ?.slice(1)
          .join(".") ?? rest.match(/-(\d{2})$/)?.[1]);
  if (code === undefined) return null;
  const [row] = await queryRows<Raw>(
    db,
    sql`${SELECT} where d.status = 'published' and d.kind = ${def.kind} and ${code === null ? sql`d.region_code is null` : sql`d.region_code = ${code}`}`,
  );
  if (!row) return null;
  const meta = datasetMeta(toDatasetRow(row), opts.settings, opts.baseUrl);
  return meta.name === key ? meta : null;
}

// A dimension code as the frameworks name it: the default framework's name, else the newest published one's.
const dimensionName = (code: SQL) =>
  sql`select dn.name_id from dimension dn join framework fn on fn.id = dn.framework_id where dn.code = ${code}
      order by fn.is_default desc, (fn.status = 'published') desc, fn.id desc limit 1`;

async function facetCounts(
  db: Db,
  where: SQL,
  wanted: readonly FacetName[],
  settings: OpenDataSettings,
): Promise<Partial<Record<FacetName, Facet>>> {
  const rows = await queryRows<{
    facet: string;
    name: string | null;
    label: string | null;
    type: RegionType | null;
    n: number;
  }>(
    db,
    sql`with f as (select d.kind, d.region_code, r.name as region_name, r.type, r.province_code, d.dimensions
                   from dataset d left join region r on r.code = d.region_code where ${where})
        select 'kind' as facet, kind as name, null::text as label, null::text as type, count(*)::int as n from f group by kind
        union all
        select 'publisher', region_code, min(region_name), min(type), count(*)::int from f group by region_code
        union all
        select 'province', f.province_code, min(p.name), null, count(*)::int from f
          join region p on p.code = f.province_code where f.province_code is not null group by f.province_code
        union all
        select 'dimension', dim, (${dimensionName(sql`dim`)}), null, count(*)::int
          from f cross join unnest(f.dimensions) as dim group by dim`,
  );
  const by = (facet: string) => rows.filter((r) => r.facet === facet);
  const sorted = (f: Facet) => f.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const kindCounts = by("kind").map((r) => ({ kind: r.name as DatasetKind, n: Number(r.n) }));
  const derived = (values: (k: DatasetKind) => readonly string[]) => {
    const out = new Map<string, number>();
    for (const { kind, n } of kindCounts) for (const v of values(kind)) out.set(v, (out.get(v) ?? 0) + n);
    return sorted([...out].map(([name, count]) => ({ name, count, label: name })));
  };
  const total = kindCounts.reduce((a, b) => a + b.n, 0);
  const all: Record<FacetName, () => Facet> = {
    kind: () =>
      sorted(kindCounts.map(({ kind, n }) => ({ name: kind, count: n, label: DATASET_KIND_DEFS[kind].title.id }))),
    publisher: () =>
      sorted(
        by("publisher").map((r) =>
          r.name === null
            ? { name: "kementerian", count: Number(r.n), label: settings.ministry.name }
            : {
                name: r.name,
                count: Number(r.n),
                label: `Pemerintah ${displayRegionName({ name: r.label ?? r.name, type: r.type ?? "kota" })}`,
              },
        ),
      ),
    province: () =>
      sorted(by("province").map((r) => ({ name: r.name ?? "", count: Number(r.n), label: r.label ?? "" }))),
    dimension: () =>
      sorted(by("dimension").map((r) => ({ name: r.name ?? "", count: Number(r.n), label: r.label ?? r.name ?? "" }))),
    theme: () => derived((k) => DATASET_KIND_DEFS[k].themes),
    keyword: () => derived((k) => DATASET_KIND_DEFS[k].keywords.id),
    format: () => (total ? DISTRIBUTION_FORMATS.map((f) => ({ name: f, count: total, label: f })) : []),
  };
  return Object.fromEntries(wanted.map((f) => [f, all[f]()]));
}
