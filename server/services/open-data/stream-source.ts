import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type pg from "pg";
import type { ColumnDef, DatasetKind } from "../../../domain/open-data/kinds";
import { DATASET_KIND_DEFS } from "../../../domain/open-data/kinds";
import type { RegionType } from "../../../domain/regions";
import type { Database, Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { datasetName, publisherOf } from "./dataset-meta";
import { datasetRowsQuery } from "./dataset-rows";
import type { OpenDataSettings } from "./settings";

/** What a download needs of a published dataset: which rows, which data version, which file name. */
export type DatasetSource = {
  id: string;
  kind: DatasetKind;
  regionCode: string | null;
  /** The data version the file shows (XLSX documents carry it as their creation date). */
  dataModifiedAt: Date;
  /** Unique name, e.g. realisasi-indikator-kota-banjar-32-79: the download's file name without extension. */
  name: string;
};

/** A published dataset by id; null when there is none, or it is withdrawn. */
export async function loadPublishedDataset(
  db: Db,
  id: string,
  settings: OpenDataSettings,
): Promise<DatasetSource | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [row] = await queryRows<{
    id: string;
    kind: DatasetKind;
    regionCode: string | null;
    regionName: string | null;
    regionType: RegionType | null;
    provinceCode: string | null;
    dataModifiedAt: unknown;
  }>(
    db,
    sql`select d.id, d.kind, d.region_code as "regionCode", r.name as "regionName", r.type as "regionType",
               r.province_code as "provinceCode", d.data_modified_at as "dataModifiedAt"
        from dataset d left join region r on r.code = d.region_code
        where d.id = ${id.toLowerCase()}::uuid and d.status = 'published'`,
  );
  if (!row || !(row.kind in DATASET_KIND_DEFS)) return null;
  return {
    id: row.id,
    kind: row.kind,
    regionCode: row.regionCode,
    dataModifiedAt: row.dataModifiedAt instanceof Date ? row.dataModifiedAt : new Date(String(row.dataModifiedAt)),
    name: datasetName(row.kind, publisherOf(row, settings)),
  };
}

const REGION_CODE = /^\d{2}(\.\d{2})?$/;
const dialect = new PgDialect();

/**
 * The dataset's SELECT as plain SQL text, its one parameter (the region code) inlined: COPY and
 * DECLARE CURSOR take no bind parameters. The code is checked against the Kemendagri shape first,
 * and inlined as a standard-conforming literal by Drizzle's dialect.
 */
export function datasetRowsText(kind: DatasetKind, regionCode: string | null): string {
  if (regionCode !== null && !REGION_CODE.test(regionCode)) throw new Error(`invalid region code: ${regionCode}`);
  const query = dialect.sqlToQuery(datasetRowsQuery(kind, regionCode).inlineParams());
  if (query.params.length) throw new Error("dataset query still has parameters");
  return query.sql;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SELECT of the CSV distribution: the dataset's rows, text cells that a spreadsheet would run
 * as a formula (starting with = + - @ tab or CR) prefixed with an apostrophe, as every CSV of the
 * platform (server/presenters/csv.ts). Numbers are left as they are. One statement for both
 * databases, so COPY on PostgreSQL and the batches on PGlite write the same bytes.
 */
export function csvRowsText(kind: DatasetKind, regionCode: string | null): string {
  const cols = DATASET_KIND_DEFS[kind].columns.map((c) => {
    const q = `q.${ident(c.name)}`;
    return c.type === "string"
      ? `case when left(${q}, 1) in ('=', '+', '-', '@', chr(9), chr(13)) then '''' || ${q} else ${q} end as ${ident(c.name)}`
      : q;
  });
  return `select ${cols.join(", ")} from (${datasetRowsText(kind, regionCode)}) q`;
}

/** The pool behind a PostgreSQL database (Drizzle keeps it as `$client`). */
export function poolOf(database: Database): pg.Pool {
  const pool = (database.db as unknown as { $client?: pg.Pool }).$client;
  if (database.kind !== "postgres" || !pool?.connect) throw new Error("not a PostgreSQL pool");
  return pool;
}

export const BATCH_ROWS = 2000;
let cursorSeq = 0;

/**
 * The rows of `text` in batches of BATCH_ROWS through a server-side cursor, so that neither side
 * holds the whole result. PostgreSQL: a pooled connection of its own, in a read-only transaction
 * for the download's duration. PGlite (one connection shared by every request): a cursor WITH
 * HOLD, so other requests run between batches instead of waiting for a slow client; it is closed
 * when the iteration ends, fails or is abandoned.
 */
export async function* rowBatches(
  database: Database,
  text: string,
  batchRows = BATCH_ROWS,
): AsyncGenerator<Record<string, unknown>[]> {
  const name = `dataset_rows_${process.pid}_${++cursorSeq}`;
  if (database.kind === "postgres") {
    const client = await poolOf(database).connect();
    let broken: Error | undefined;
    const onError = (err: Error) => {
      broken = err;
    };
    client.on("error", onError);
    let open = false;
    try {
      await client.query("begin transaction isolation level repeatable read, read only");
      open = true;
      await client.query(`declare ${name} no scroll cursor for ${text}`);
      for (;;) {
        const r = await client.query(`fetch ${batchRows} from ${name}`);
        if (r.rows.length) yield r.rows;
        if (r.rows.length < batchRows) break;
      }
      await client.query("commit");
      open = false;
    } catch (err) {
      broken ??= err instanceof Error ? err : new Error(String(err));
      throw err;
    } finally {
      // Abandoned (client gone) or failed: the transaction may still be open; a rollback ends it.
      if (open && !broken) await client.query("rollback").catch(() => undefined);
      client.off("error", onError);
      client.release(broken);
    }
    return;
  }
  const db = database.db;
  await db.execute(sql.raw(`declare ${name} no scroll cursor with hold for ${text}`));
  try {
    for (;;) {
      const rows = await queryRows<Record<string, unknown>>(db, sql.raw(`fetch ${batchRows} from ${name}`));
      if (rows.length) yield rows;
      if (rows.length < batchRows) break;
    }
  } finally {
    await db.execute(sql.raw(`close ${name}`)).catch(() => undefined);
  }
}

/** A cell as its column's type: numbers as numbers (pg hands int8 and numeric over as text), text as text, empty as null. */
export function typedCell(col: ColumnDef, v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (col.type === "integer" || col.type === "number") {
    const n = typeof v === "number" ? v : Number(v);
    return Number.isFinite(n) ? n : String(v);
  }
  return typeof v === "string" ? v : v instanceof Date ? v.toISOString() : String(v);
}
