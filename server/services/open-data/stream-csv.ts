import { Readable } from "node:stream";
import { type Options, stringify } from "csv-stringify/sync";
import { to as copyTo } from "pg-copy-streams";
import { DATASET_KIND_DEFS } from "../../../domain/open-data/kinds";
import type { Database } from "../../db/client";
import { csvRowsText, type DatasetSource, poolOf, rowBatches } from "./stream-source";

/**
 * The CSV distribution of a dataset as a stream, never held in memory: UTF-8, no byte order mark,
 * a header line of the column names, RFC 4180 quoting (a field is quoted when it holds a comma,
 * a quote or a line break, and an empty text as ""; an empty field is a null), LF line endings.
 * PostgreSQL writes it itself (`COPY (…) TO STDOUT WITH (FORMAT csv, HEADER)` on a pooled
 * connection, released when the stream ends, fails or is destroyed); on PGlite the rows come in
 * cursor batches through csv-stringify, with the same quoting.
 */
export function csvStream(database: Database, source: Pick<DatasetSource, "kind" | "regionCode">): Readable {
  const text = csvRowsText(source.kind, source.regionCode);
  if (database.kind === "postgres") return copyCsv(database, text);
  const columns = DATASET_KIND_DEFS[source.kind].columns.map((c) => c.name);
  // Each cursor batch becomes one chunk of text: no per-row stream machinery.
  const options: Options = { quoted_empty: true, record_delimiter: "unix" };
  return Readable.from(
    (async function* () {
      yield Buffer.from(stringify([columns], options), "utf8");
      for await (const batch of rowBatches(database, text))
        yield Buffer.from(
          stringify(
            batch.map((row) => columns.map((c) => row[c])),
            options,
          ),
          "utf8",
        );
    })(),
    { objectMode: false },
  );
}

function copyCsv(database: Database, text: string): Readable {
  const out = new Readable({ read() {} });
  let source: Readable | undefined;
  // Started on first read: a stream nobody reads takes no connection.
  let started = false;
  const start = async () => {
    const client = await poolOf(database).connect();
    let broken: Error | undefined;
    const release = () => {
      client.removeListener("error", onError);
      client.release(broken);
    };
    const onError = (err: Error) => {
      broken = err;
    };
    client.on("error", onError);
    if (out.destroyed) return release();
    const copy = client.query(copyTo(`copy (${text}) to stdout with (format csv, header)`));
    source = copy;
    let released = false;
    const done = (err?: Error) => {
      if (released) return;
      released = true;
      // A COPY cut short leaves the connection mid-protocol: it must not go back to the pool.
      if (err || !copy.readableEnded) broken ??= err ?? new Error("COPY not finished");
      release();
    };
    copy.on("data", (chunk: Buffer) => {
      if (!out.push(chunk)) copy.pause();
    });
    copy.on("end", () => {
      done();
      out.push(null);
    });
    copy.on("error", (err) => {
      done(err);
      out.destroy(err);
    });
    out.on("close", () => {
      if (!copy.readableEnded) {
        copy.destroy();
        done(new Error("download abandoned"));
      }
    });
  };
  out._read = () => {
    if (!started) {
      started = true;
      start().catch((err) => out.destroy(err));
    } else source?.resume();
  };
  return out;
}
