import type { Quad } from "n3";
import type { Db } from "../../db/client";
import { searchDatasets } from "../open-data/search-datasets";
import type { OpenDataSettings } from "../open-data/settings";
import { catalogGraph } from "./catalog-graph";

export const CATALOG_PAGE_SIZE = 100;
export const CATALOG_MAX_PAGE_SIZE = 1000;

/**
 * One page of the DCAT-AP catalogue as RDF quads: published datasets in a stable order (by id, so
 * a harvester walking the pages sees each once), with the Hydra links of `pageUrl`. Null when the
 * page is past the last one.
 */
export async function readCatalogPage(
  db: Db,
  opts: {
    settings: OpenDataSettings;
    baseUrl: string;
    page: number;
    pageSize: number;
    pageUrl: (page: number) => string;
  },
): Promise<Quad[] | null> {
  const { settings, baseUrl, page, pageSize } = opts;
  const [result, latest] = await Promise.all([
    searchDatasets(db, { search: { sort: "id_asc", start: (page - 1) * pageSize, rows: pageSize }, settings, baseUrl }),
    searchDatasets(db, { search: { sort: "modified_desc", start: 0, rows: 1 }, settings, baseUrl }),
  ]);
  if (page > 1 && (page - 1) * pageSize >= result.total) return null;
  return catalogGraph({
    baseUrl,
    settings,
    pageUrl: opts.pageUrl,
    page,
    pageSize,
    total: result.total,
    modified: latest.items[0]?.modified ?? null,
    items: result.items,
  });
}
