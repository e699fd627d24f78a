// CKAN's package_search over the published catalogue: q, fq, sort, rows (≤ 1000), start,
// facet.field / facet.limit / facet.mincount and fl, with CKAN 2.10's parameter checks and errors.
import { type CatalogueContext, type Entry, loadEntries } from "./catalogue";
import { searchError, searchQueryError, validationError } from "./errors";
import { matches, parseQuery, type Query, type SearchDoc } from "./fq";
import type { CkanGroupDef } from "./package";
import { type FieldErrors, int, jsonList, list, natural, type Params, str } from "./params";

export const ROWS_MAX = 1000;
export const DEFAULT_SORT = "score desc, metadata_modified desc";

const VALID_PARAMETERS = new Set([
  "q",
  "fl",
  "fq",
  "fq_list",
  "rows",
  "sort",
  "start",
  "wt",
  "qf",
  "bf",
  "boost",
  "facet",
  "facet.mincount",
  "facet.limit",
  "facet.field",
  "extras",
  "tie",
  "defType",
  "mm",
  "df",
  // Taken out by package_search before the query reaches Solr:
  "include_private",
  "include_drafts",
  "include_deleted",
  "use_default_schema",
  "callback",
]);

type SortKey = { field: string; desc: boolean };
const SORTABLE: Record<string, (e: Entry) => string | number> = {
  score: () => 0,
  id: (e) => e.doc.id,
  name: (e) => e.doc.name,
  title_string: (e) => e.doc.title,
  metadata_modified: (e) => e.doc.metadata_modified,
  metadata_created: (e) => e.doc.metadata_created,
  num_resources: (e) => e.doc.num_resources,
  num_tags: (e) => e.doc.num_tags,
  organization: (e) => e.doc.organization,
  license_id: (e) => e.doc.license_id,
};

/** `sort=metadata_modified desc, name asc` → keys; anything Solr would refuse → 400 Invalid "sort" parameter. */
export function parseSort(sort: string): SortKey[] {
  const keys = sort.split(",").map((part) => {
    const m = part.trim().match(/^(\S+)\s+(asc|desc)$/i);
    if (!m?.[1] || !m[2] || !SORTABLE[m[1]]) throw searchQueryError('Invalid "sort" parameter');
    return { field: m[1], desc: m[2].toLowerCase() === "desc" };
  });
  return keys;
}

function compare(keys: SortKey[]) {
  return (a: Entry, b: Entry) => {
    for (const k of keys) {
      const get = SORTABLE[k.field] ?? (() => 0);
      const x = get(a);
      const y = get(b);
      if (x !== y) return (x < y ? -1 : 1) * (k.desc ? -1 : 1);
    }
    // Solr's order among equals is the index order; the id keeps paging stable here.
    return a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0;
  };
}

const FACETABLE = ["organization", "groups", "tags", "res_format", "license_id", "owner_org", "name"] as const;
type FacetField = (typeof FACETABLE)[number];

/** Is `q` Lucene syntax (a field, `*:*`) rather than words for the catalogue's own text search? */
const isFielded = (q: string) => /(^|[\s(+-])[A-Za-z_*][\w.]*:/.test(q);

export async function packageSearch(ctx: CatalogueContext & { now: number }, params: Params) {
  const errors: FieldErrors = {};
  const rowsAsked = natural(params, "rows", errors);
  const start = natural(params, "start", errors) ?? 0;
  const facetLimit = int(params, "facet.limit", errors) ?? 50;
  const facetMincount = natural(params, "facet.mincount", errors) ?? 1;
  const facetFields = jsonList(params, "facet.field", errors) ?? [];
  if (Object.keys(errors).length) throw validationError(errors);
  const rows = Math.min(rowsAsked ?? 10, ROWS_MAX);

  const unknown = Object.keys(params).filter((k) => !VALID_PARAMETERS.has(k) && !k.startsWith("ext_"));
  if (unknown.length) throw searchQueryError(`Invalid search parameters: [${unknown.map((k) => `'${k}'`).join(", ")}]`);

  const sortParam = str(params, "sort")?.trim();
  const sort = !sortParam || sortParam === "rank" ? DEFAULT_SORT : sortParam;
  const keys = parseSort(sort);
  for (const f of facetFields)
    if (!(FACETABLE as readonly string[]).includes(f))
      throw searchError(`SOLR returned an error running query: undefined field ${f}`);

  const rawQ = (str(params, "q") ?? "").trim();
  const plainQ = !rawQ || rawQ === "*:*" || rawQ === '""' || rawQ === "''" ? undefined : rawQ;
  const filters: Query[] = [];
  if (plainQ && isFielded(plainQ)) filters.push(parseQuery(plainQ));
  const fq = params.fq;
  for (const f of Array.isArray(fq) ? fq.map(String) : fq === undefined ? [] : [String(fq)])
    if (f.trim()) filters.push(parseQuery(f));
  for (const f of list(params, "fq_list") ?? []) if (f.trim()) filters.push(parseQuery(f));

  const { entries, groups } = await loadEntries(ctx, plainQ && !isFielded(plainQ) ? plainQ : undefined);
  const found = entries.filter((e) => filters.every((f) => matches(f, e.doc, ctx.now))).sort(compare(keys));
  const page = found.slice(start, start + rows);

  const fl = list(params, "fl");
  const results = fl?.length
    ? page.map((e) => Object.fromEntries(fl.map((k) => [k, (e.pkg as Record<string, unknown>)[k] ?? null])))
    : page.map((e) => e.pkg);

  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<
    string,
    { title: string; items: Array<{ name: string; display_name: string; count: number }> }
  > = {};
  for (const field of facetFields as FacetField[]) {
    const counts = new Map<string, number>();
    for (const e of found) {
      const v = e.doc[field as keyof SearchDoc];
      for (const value of Array.isArray(v) ? v : [String(v)]) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const sorted = [...counts]
      .filter(([, n]) => n >= facetMincount)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, facetLimit < 0 ? undefined : facetLimit);
    facets[field] = Object.fromEntries(sorted);
    searchFacets[field] = {
      title: field,
      items: sorted.map(([name, count]) => ({ name, display_name: displayName(field, name, found, groups), count })),
    };
  }
  return { count: found.length, facets, results, sort, search_facets: searchFacets };
}

function displayName(field: FacetField, name: string, found: Entry[], groups: ReadonlyMap<string, CkanGroupDef>) {
  if (field === "groups") return groups.get(name)?.title ?? name;
  if (field === "organization") return found.find((e) => e.doc.organization === name)?.meta.publisher.name ?? name;
  if (field === "license_id") return found.find((e) => e.doc.license_id === name)?.meta.license.title ?? name;
  return name;
}
