import { Readable } from "node:stream";
import { DATASET_KIND_DEFS } from "../../../domain/open-data/kinds";
import type { Database } from "../../db/client";
import { type DatasetSource, datasetRowsText, rowBatches, typedCell } from "./stream-source";

/**
 * The JSON distribution of a dataset as a stream: one array of objects, one object per row, its
 * keys the column names of the data dictionary in order; integers and numbers as JSON numbers,
 * everything else as strings, an empty cell as null. One row per line:
 *   [{"kode_wilayah":"32.79",…,"tahun":2024,…},
 *   {…}]
 * The rows come from the database in cursor batches; at most one batch is held at a time.
 */
export function jsonStream(
  database: Database,
  source: Pick<DatasetSource, "kind" | "regionCode">,
  onRow?: (row: Record<string, string | number | null>) => void,
): Readable {
  const columns = DATASET_KIND_DEFS[source.kind].columns;
  const text = datasetRowsText(source.kind, source.regionCode);
  return Readable.from(
    (async function* () {
      let first = true;
      // Chunks of about 64 KB: backpressure then works at the socket's pace, not a whole batch's.
      let chunk = "";
      for await (const batch of rowBatches(database, text)) {
        for (const raw of batch) {
          const row: Record<string, string | number | null> = {};
          for (const c of columns) row[c.name] = typedCell(c, raw[c.name]);
          onRow?.(row);
          chunk += `${first ? "[" : ",\n"}${JSON.stringify(row)}`;
          first = false;
          if (chunk.length >= 65536) {
            yield Buffer.from(chunk, "utf8");
            chunk = "";
          }
        }
      }
      if (chunk) yield Buffer.from(chunk, "utf8");
      yield Buffer.from(first ? "[]\n" : "]\n", "utf8");
    })(),
    { objectMode: false },
  );
}
