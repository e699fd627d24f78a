import { sql } from "drizzle-orm";
import { type DatasetKind, NATIONAL_KINDS, REGION_KINDS } from "../../../domain/open-data/kinds";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { datasetId } from "./dataset-id";

let known: Map<string, { kind: DatasetKind; regionCode: string | null }> | undefined;

/**
 * The kind and region a dataset identifier stands for, also before its first publication (the
 * identifier is derived from them). The table of every possible identifier is built once per
 * process from the region registry: a few thousand SHA-1 hashes.
 */
export async function resolveDatasetId(
  db: Db,
  id: string,
): Promise<{ kind: DatasetKind; regionCode: string | null } | null> {
  if (!known) {
    const regions = await queryRows<{ code: string }>(db, sql`select code from region`);
    const map = new Map<string, { kind: DatasetKind; regionCode: string | null }>();
    for (const kind of NATIONAL_KINDS) map.set(datasetId(kind, null), { kind, regionCode: null });
    for (const { code } of regions)
      for (const kind of REGION_KINDS) map.set(datasetId(kind, code), { kind, regionCode: code });
    if (regions.length > 0) known = map;
    return map.get(id.toLowerCase()) ?? null;
  }
  return known.get(id.toLowerCase()) ?? null;
}
