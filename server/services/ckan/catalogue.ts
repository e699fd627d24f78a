// What the CKAN Action API reads: every published dataset (as DatasetMeta, from the shared
// search service) with its CKAN package dict and search document, and the smart city
// dimensions of the stored frameworks as CKAN groups. A catalogue holds at most one dataset per kind and region
// (7 kinds × 514 regions), so reading it whole per request is bounded and keeps every
// CKAN filter, sort and facet exact.
import { sql } from "drizzle-orm";
import type { DatasetMeta } from "../../../domain/open-data/dataset";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { searchCondition, searchDatasets } from "../open-data/search-datasets";
import type { OpenDataSettings } from "../open-data/settings";
import type { SearchDoc } from "./fq";
import { type CkanGroupDef, type CkanPackage, ckanPackage, organizationId, tagsOf } from "./package";

export type CatalogueContext = { db: Db; settings: OpenDataSettings; baseUrl: string };
export type Entry = { meta: DatasetMeta; pkg: CkanPackage; doc: SearchDoc };

const PAGE = 1000;

/** Published datasets matching the plain-text `q` (the /data search), in id order. */
export async function loadDatasets(ctx: CatalogueContext, q?: string): Promise<DatasetMeta[]> {
  const out: DatasetMeta[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await searchDatasets(ctx.db, {
      search: { q, sort: "id_asc", rows: PAGE, start },
      settings: ctx.settings,
      baseUrl: ctx.baseUrl,
    });
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.total) return out;
  }
}

/**
 * The smart city dimensions as CKAN groups, by code, from the frameworks in the database: every
 * dimension of a published framework, and those of any framework that published datasets use
 * (a retired framework's dimension keeps its group while data carries it). A code several
 * frameworks share is named as the default framework names it, else the newest published one;
 * the default framework's dimensions come first, in its order.
 */
export async function loadGroups(db: Db): Promise<Map<string, CkanGroupDef>> {
  const rows = await queryRows<{
    code: string;
    title: string;
    description: string;
    created: Date | string;
    isDefault: boolean;
    frameworkId: number;
    order: number;
  }>(
    db,
    sql`select distinct on (d.code) d.code, d.name_id as title, d.description_id as description,
               f.created_at as created, f.is_default as "isDefault", f.id as "frameworkId", d."order"
        from dimension d join framework f on f.id = d.framework_id
        where f.status = 'published'
           or d.code in (select unnest(ds.dimensions) from dataset ds where ds.status = 'published')
        order by d.code, f.is_default desc, (f.status = 'published') desc, f.id desc`,
  );
  rows.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.frameworkId - b.frameworkId || a.order - b.order);
  return new Map(
    rows.map((r) => [
      r.code,
      { code: r.code, title: r.title, description: r.description, created: new Date(r.created).toISOString() },
    ]),
  );
}

export function toEntry(meta: DatasetMeta, groups: ReadonlyMap<string, CkanGroupDef>): Entry {
  const pkg = ckanPackage(meta, groups);
  const tags = tagsOf(meta);
  return {
    meta,
    pkg,
    doc: {
      id: meta.id,
      name: meta.name,
      title: meta.title.id,
      notes: meta.description.id,
      organization: meta.publisher.slug,
      owner_org: organizationId(meta.publisher),
      groups: pkg.groups.map((g) => g.name),
      tags,
      res_format: meta.distributions.map((d) => d.format),
      license_id: meta.license.id,
      metadata_created: Date.parse(meta.issued),
      metadata_modified: Date.parse(meta.modified),
      num_resources: meta.distributions.length,
      num_tags: tags.length,
      text: [meta.name, meta.title.id, meta.title.en, meta.description.id, meta.publisher.name, ...tags].join(" "),
    },
  };
}

type Loaded = { entries: Entry[]; groups: Map<string, CkanGroupDef> };
let cached: { key: string; loaded: Loaded } | undefined;

/**
 * What tells whether the published catalogue changed: how many datasets are published, their
 * newest change of data or publication, their newest size refresh, and the frameworks the groups
 * come from (each edit or status change bumps a framework's revision). One indexed query, asked
 * on every request, so every instance sees a change at once.
 */
async function catalogueStamp(db: Db): Promise<string> {
  const [row] = await queryRows<{ stamp: string }>(
    db,
    sql`select concat_ws('|', count(*), max(greatest(data_modified_at, updated_at))::text, max(stats_for)::text,
                         (select string_agg(concat_ws(':', f.id, f.status, f.revision, f.is_default), ',' order by f.id)
                          from framework f)) as stamp
        from dataset where status = 'published'`,
  );
  return row?.stamp ?? "";
}

/**
 * Every published dataset (or those matching plain-text `q`) as CKAN entries. Building the
 * entries of the whole catalogue costs ~200 ms at national scale, so they are kept in memory and
 * rebuilt only when the catalogue's stamp changes; a search by words then only asks the database
 * which ids match.
 */
export async function loadEntries(ctx: CatalogueContext, q?: string): Promise<Loaded> {
  const key = JSON.stringify([await catalogueStamp(ctx.db), ctx.baseUrl, ctx.settings]);
  if (cached?.key !== key) {
    const [metas, groups] = await Promise.all([loadDatasets(ctx), loadGroups(ctx.db)]);
    cached = { key, loaded: { entries: metas.map((m) => toEntry(m, groups)), groups } };
  }
  const { loaded } = cached;
  if (!q?.trim()) return loaded;
  const ids = await queryRows<{ id: string }>(
    ctx.db,
    sql`select d.id::text as id from dataset d left join region r on r.code = d.region_code where ${searchCondition({ q })}`,
  );
  const wanted = new Set(ids.map((r) => r.id));
  return { entries: loaded.entries.filter((e) => wanted.has(e.meta.id)), groups: loaded.groups };
}
