import { sql } from "drizzle-orm";
import { type ColumnDef, DATASET_KIND_DEFS } from "../../../domain/open-data/kinds";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { datasetRowsQuery } from "./dataset-rows";
import type { DatasetSource } from "./stream-source";
import { typedCell } from "./stream-source";

export const PREVIEW_MAX = 200;

export type DatasetPreview = {
  columns: ColumnDef[];
  rows: Array<Record<string, string | number | null>>;
  total: number;
};

/** The first `limit` rows of a dataset (at most PREVIEW_MAX), typed as in the JSON distribution, and the row count. */
export async function previewDataset(
  db: Db,
  source: Pick<DatasetSource, "kind" | "regionCode">,
  limit: number,
): Promise<DatasetPreview> {
  const columns = DATASET_KIND_DEFS[source.kind].columns;
  const query = datasetRowsQuery(source.kind, source.regionCode);
  const n = Math.max(0, Math.min(PREVIEW_MAX, Math.floor(limit)));
  const [raw, [count]] = await Promise.all([
    queryRows<Record<string, unknown>>(db, sql`${query} limit ${n}`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${query}) q`),
  ]);
  return {
    columns,
    rows: raw.map((r) => Object.fromEntries(columns.map((c) => [c.name, typedCell(c, r[c.name])]))),
    total: Number(count?.n ?? 0),
  };
}
