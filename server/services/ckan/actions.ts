// The read-only actions of CKAN's Action API (ckan/logic/action/get.py, CKAN 2.10) over the
// published open data catalogue: datasets are packages, publishers organizations, smart city
// dimensions groups, keywords tags.
import type { PublisherOut } from "../../../domain/open-data/dataset";
import { findDataset } from "../open-data/search-datasets";
import { type CatalogueContext, type Entry, loadEntries, loadGroups, toEntry } from "./catalogue";
import { CkanError, notFound, validationError } from "./errors";
import { type CkanGroupDef, ckanGroup, ckanGroupDict, ckanOrganization, ckanTag } from "./package";
import { packageSearch } from "./package-search";
import { bool, type FieldErrors, list, natural, type Params, required, str } from "./params";

export type ActionContext = CatalogueContext & {
  /** Anchors NOW in date math; the request time. */
  now: number;
  siteTitle: string;
  siteDescription: string;
};
type Action = (ctx: ActionContext, params: Params) => Promise<unknown>;

/** The CKAN version whose answers these follow, for clients that adapt to it. */
export const CKAN_COMPATIBLE_VERSION = "2.10.9";

function check(errors: FieldErrors) {
  if (Object.keys(errors).length) throw validationError(errors);
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Owner = { dict: ReturnType<typeof ckanOrganization> | ReturnType<typeof ckanGroup>; entries: Entry[] };

/** Organizations: each publisher with at least one published dataset. */
function organizations(entries: Entry[]): Owner[] {
  const by = new Map<string, { publisher: PublisherOut; entries: Entry[] }>();
  for (const e of entries) {
    const slot = by.get(e.meta.publisher.slug) ?? { publisher: e.meta.publisher, entries: [] };
    slot.entries.push(e);
    by.set(e.meta.publisher.slug, slot);
  }
  return [...by.values()].map(({ publisher, entries: own }) => ({
    dict: ckanOrganization(publisher, own.map((e) => e.meta.issued).sort()[0] ?? new Date(0).toISOString()),
    entries: own,
  }));
}

/** Groups: every dimension of the default framework, with or without datasets. */
function groupsOf(entries: Entry[], groups: ReadonlyMap<string, CkanGroupDef>): Owner[] {
  return [...groups.values()].map((def) => ({
    dict: ckanGroup(def, def.created),
    entries: entries.filter((e) => e.meta.dimensions.includes(def.code)),
  }));
}

function ownerExtras(owner: Owner) {
  const publisher = owner.dict.is_organization ? owner.entries[0]?.meta.publisher : undefined;
  if (!publisher) return [];
  return [
    { key: "kode_wilayah", value: publisher.code },
    ...(publisher.provinceCode ? [{ key: "kode_provinsi", value: publisher.provinceCode }] : []),
  ];
}

/** organization_list / group_list: names, or dicts with `all_fields` (at most 25 then, as CKAN). */
function ownerList(owners: Owner[], params: Params, key: "organizations" | "groups") {
  const errors: FieldErrors = {};
  const limitAsked = natural(params, "limit", errors);
  const offset = natural(params, "offset", errors) ?? 0;
  check(errors);
  const allFields = bool(params, "all_fields");
  const max = allFields ? 25 : 1000;
  const limit = limitAsked === undefined || limitAsked > max ? max : limitAsked;
  const sort = (str(params, "sort") ?? "title asc").trim();
  const m = sort.match(/^(name|title|packages|package_count)(?:\s+(asc|desc))?$/i);
  if (!m?.[1]) throw validationError({ message: `Cannot sort by field \`${sort.split(/\s+/)[0]}\`` });
  const field = m[1].toLowerCase();
  const desc = (m[2] ?? (field === "packages" || field === "package_count" ? "desc" : "asc")).toLowerCase() === "desc";
  const q = str(params, "q")?.trim().toLowerCase();
  const only = list(params, key);
  const picked = owners
    .filter((o) => !only || only.includes(o.dict.name))
    .filter(
      (o) =>
        !q ||
        o.dict.name.includes(q) ||
        o.dict.title.toLowerCase().includes(q) ||
        o.dict.description.toLowerCase().includes(q),
    )
    .sort((a, b) => {
      const d =
        field === "name"
          ? byName(a.dict.name, b.dict.name)
          : field === "title"
            ? a.dict.title.localeCompare(b.dict.title, "id")
            : a.entries.length - b.entries.length;
      return (desc ? -d : d) || byName(a.dict.name, b.dict.name);
    })
    .slice(offset, limit === 0 ? offset : offset + limit);
  return allFields
    ? picked.map((o) => ckanGroupDict(o.dict, o.entries.length, ownerExtras(o)))
    : picked.map((o) => o.dict.name);
}

/** organization_show / group_show by name or id; `include_datasets` adds their packages (at most 1000). */
function ownerShow(owners: Owner[], params: Params) {
  const errors: FieldErrors = {};
  const id = required(params, "id", errors);
  check(errors);
  const key = (id ?? "").trim();
  const owner = owners.find((o) => o.dict.name === key.toLowerCase() || o.dict.id === key.toLowerCase());
  if (!owner) throw notFound();
  const includeDatasets = bool(params, "include_datasets");
  return {
    ...ckanGroupDict(owner.dict, owner.entries.length, ownerExtras(owner)),
    users: [],
    groups: [],
    tags: [],
    ...(includeDatasets
      ? {
          packages: [...owner.entries]
            .sort((a, b) => b.doc.metadata_modified - a.doc.metadata_modified)
            .slice(0, 1000)
            .map((e) => e.pkg),
        }
      : {}),
  };
}

const HELP: Record<string, string> = {
  status_show: "Return a dictionary with information about the site's configuration.",
  package_list: "Return a list of the names of the site's datasets (packages). :param limit: :param offset:",
  current_package_list_with_resources:
    "Return a list of the site's datasets and their resources, most recently modified first. :param limit: :param offset: :param page:",
  package_search:
    "Searches for packages satisfying a given search criteria. :param q: :param fq: :param sort: (default 'score desc, metadata_modified desc') :param rows: (at most 1000) :param start: :param facet.field: (JSON list) :param facet.limit: :param facet.mincount: :param fl:",
  package_show:
    "Return the metadata of a dataset (package) and its resources. :param id: the id or name of the dataset",
  resource_show: "Return the metadata of a resource. :param id: the id of the resource",
  organization_list:
    "Return a list of the names of the site's organizations. :param all_fields: :param sort: :param limit: :param offset: :param q: :param organizations:",
  organization_show: "Return the details of an organization. :param id: the id or name :param include_datasets:",
  group_list:
    "Return a list of the names of the site's groups (smart city dimensions). :param all_fields: :param sort: :param limit: :param offset: :param q: :param groups:",
  group_show: "Return the details of a group. :param id: the id or name :param include_datasets:",
  tag_list: "Return a list of the site's tags. :param query: :param all_fields:",
  help_show: "Return the help string for a particular API action. :param name:",
};

export const ACTIONS: Record<string, Action> = {
  status_show: async (ctx) => ({
    site_title: ctx.siteTitle,
    site_description: ctx.siteDescription,
    site_url: ctx.baseUrl,
    error_emails_to: null,
    locale_default: "id",
    extensions: [],
    ckan_version: CKAN_COMPATIBLE_VERSION,
  }),

  help_show: async (_ctx, params) => {
    const errors: FieldErrors = {};
    const name = required(params, "name", errors);
    check(errors);
    const help = HELP[name ?? ""];
    if (!help) throw notFound("Action function not found");
    return help;
  },

  package_list: async (ctx, params) => {
    const errors: FieldErrors = {};
    const limit = natural(params, "limit", errors);
    const offset = natural(params, "offset", errors) ?? 0;
    check(errors);
    const { entries } = await loadEntries(ctx);
    const names = entries.map((e) => e.meta.name).sort(byName);
    return names.slice(offset, limit ? offset + limit : undefined);
  },

  current_package_list_with_resources: async (ctx, params) => {
    const errors: FieldErrors = {};
    const limit = natural(params, "limit", errors);
    const page = natural(params, "page", errors);
    let offset = natural(params, "offset", errors) ?? 0;
    check(errors);
    if (page !== undefined) {
      if (!limit) throw validationError({ message: "Must supply limit when using page" });
      if (page < 1) throw validationError({ message: "Must be a positive integer" });
      offset = (page - 1) * limit;
    }
    const { entries } = await loadEntries(ctx);
    return entries
      .sort((a, b) => b.doc.metadata_modified - a.doc.metadata_modified || byName(a.doc.id, b.doc.id))
      .slice(offset, limit ? offset + limit : undefined)
      .map((e) => e.pkg);
  },

  package_search: (ctx, params) => packageSearch(ctx, params),

  package_show: async (ctx, params) => {
    const errors: FieldErrors = {};
    const id = str(params, "id") || required(params, "name_or_id", errors);
    check(errors);
    const [meta, groups] = await Promise.all([
      findDataset(ctx.db, { idOrName: id ?? "", settings: ctx.settings, baseUrl: ctx.baseUrl }),
      loadGroups(ctx.db),
    ]);
    if (!meta) throw notFound();
    return toEntry(meta, groups).pkg;
  },

  resource_show: async (ctx, params) => {
    const errors: FieldErrors = {};
    const id = required(params, "id", errors);
    check(errors);
    const key = (id ?? "").trim().toLowerCase();
    const { entries } = await loadEntries(ctx);
    for (const e of entries) {
      const resource = e.pkg.resources.find((r) => r.id === key);
      if (resource) return resource;
    }
    throw notFound();
  },

  organization_list: async (ctx, params) =>
    ownerList(organizations((await loadEntries(ctx)).entries), params, "organizations"),

  organization_show: async (ctx, params) => ownerShow(organizations((await loadEntries(ctx)).entries), params),

  group_list: async (ctx, params) => {
    const { entries, groups } = await loadEntries(ctx);
    return ownerList(groupsOf(entries, groups), params, "groups");
  },

  group_show: async (ctx, params) => {
    const { entries, groups } = await loadEntries(ctx);
    return ownerShow(groupsOf(entries, groups), params);
  },

  tag_list: async (ctx, params) => {
    if (str(params, "vocabulary_id")) throw notFound("Could not find vocabulary");
    const query = (str(params, "query") ?? str(params, "q") ?? "").trim().toLowerCase();
    const { entries } = await loadEntries(ctx);
    const names = [...new Set(entries.flatMap((e) => e.doc.tags))]
      .filter((t) => !query || t.toLowerCase().includes(query))
      .sort(byName);
    return bool(params, "all_fields") ? names.map(ckanTag) : names;
  },
};

/** Runs a known action; throws CkanError for CKAN's error answers. */
export async function runAction(name: string, ctx: ActionContext, params: Params): Promise<unknown> {
  const action = ACTIONS[name];
  if (!action) throw new CkanError(400, `Bad request - Action name not known: ${name}`);
  return action(ctx, params);
}
