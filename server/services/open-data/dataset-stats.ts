import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import { DATASET_KIND_DEFS, type DatasetKind } from "../../../domain/open-data/kinds";
import type { Database } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { csvStream } from "./stream-csv";
import { jsonStream } from "./stream-json";
import { datasetRowsText } from "./stream-source";
import { xlsxStream } from "./stream-xlsx";

export type DatasetStats = {
  statsFor: Date;
  rowCount: number;
  csvBytes: number;
  jsonBytes: number;
  xlsxBytes: number;
  temporalStart: number | null;
  temporalEnd: number | null;
  dimensions: string[];
};

/** A sink that keeps nothing but the number of bytes written to it. */
function byteCounter() {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
}

const YEAR_COLUMNS = ["tahun", "tahun_angkatan"];

/**
 * Counts and coverage of a dataset's current data, stored on its row: the row count, the byte
 * size of each distribution exactly as downloaded (each generated once into a counting sink,
 * streamed like a download), the first and last year of the data (column `tahun` or
 * `tahun_angkatan`; null when the kind has neither or there are no rows) and the smart city
 * dimensions present. `stats_for` becomes the `data_modified_at` read before counting, so a
 * change made meanwhile leaves the stats stale for the next sweep. `updated_at` (the
 * publication's own modification time) is not touched. Returns null when the dataset is gone.
 */
export async function refreshDatasetStats(database: Database, id: string): Promise<DatasetStats | null> {
  const db = database.db;
  // The version is kept as text too: timestamptz has microseconds, a JS Date only milliseconds.
  const [row] = await queryRows<{ kind: DatasetKind; regionCode: string | null; version: string }>(
    db,
    sql`select kind, region_code as "regionCode", data_modified_at::text as version from dataset where id = ${id}::uuid`,
  );
  if (!row || !(row.kind in DATASET_KIND_DEFS)) return null;
  const statsFor = new Date(row.version.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00"));
  const source = { kind: row.kind, regionCode: row.regionCode, dataModifiedAt: statsFor };

  const size = async (stream: NodeJS.ReadableStream) => {
    const counter = byteCounter();
    await pipeline(stream, counter.sink);
    return counter.bytes();
  };
  let rowCount = 0;
  const csvBytes = await size(csvStream(database, source));
  const jsonBytes = await size(
    jsonStream(database, source, () => {
      rowCount++;
    }),
  );
  const xlsxBytes = await size(xlsxStream(database, source));

  const columns = DATASET_KIND_DEFS[row.kind].columns.map((c) => c.name);
  const text = datasetRowsText(row.kind, row.regionCode);
  const year = YEAR_COLUMNS.find((c) => columns.includes(c));
  let temporalStart: number | null = null;
  let temporalEnd: number | null = null;
  if (year) {
    const [range] = await queryRows<{ first: number | null; last: number | null }>(
      db,
      sql.raw(`select min(q."${year}")::int as first, max(q."${year}")::int as last from (${text}) q`),
    );
    temporalStart = range?.first ?? null;
    temporalEnd = range?.last ?? null;
  }
  const dimensions = columns.includes("dimensi")
    ? (
        await queryRows<{ d: string }>(
          db,
          sql.raw(`select distinct q.dimensi as d from (${text}) q where q.dimensi is not null order by 1`),
        )
      ).map((r) => r.d)
    : [];

  const stats: DatasetStats = {
    statsFor,
    rowCount,
    csvBytes,
    jsonBytes,
    xlsxBytes,
    temporalStart,
    temporalEnd,
    dimensions,
  };
  await db.execute(sql`
    update dataset set stats_for = ${row.version}::timestamptz, row_count = ${rowCount},
      csv_bytes = ${csvBytes}, json_bytes = ${jsonBytes}, xlsx_bytes = ${xlsxBytes},
      temporal_start = ${temporalStart}, temporal_end = ${temporalEnd},
      dimensions = ${
        dimensions.length
          ? sql`array[${sql.join(
              dimensions.map((d) => sql`${d}`),
              sql`, `,
            )}]::text[]`
          : sql`'{}'::text[]`
      }
    where id = ${id}::uuid`);
  return stats;
}

/** Published datasets whose stats are missing or older than their data, oldest change first. */
export async function staleDatasetIds(database: Database, limit = 100): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    database.db,
    sql`select id from dataset
        where status = 'published' and (stats_for is null or stats_for < data_modified_at)
        order by data_modified_at limit ${limit}`,
  );
  return rows.map((r) => r.id);
}
