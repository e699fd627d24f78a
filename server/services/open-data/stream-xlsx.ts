import { PassThrough, type Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { type ColumnDef, DATASET_KIND_DEFS } from "../../../domain/open-data/kinds";
import type { Database } from "../../db/client";
import { type DatasetSource, datasetRowsText, rowBatches, typedCell } from "./stream-source";

/** Rows of one worksheet in Excel, header included. */
export const XLSX_MAX_ROWS = 1_048_576;

const TYPE_LABELS: Record<ColumnDef["type"], string> = {
  string: "teks",
  integer: "bilangan bulat",
  number: "bilangan",
  date: "tanggal",
  datetime: "tanggal dan waktu (UTC)",
};

const NUM_FMT: Partial<Record<ColumnDef["type"], string>> = {
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm:ss",
};

/** A cell as Excel should hold it: numbers as numbers, dates and times as dates (UTC), text as text. */
function xlsxCell(col: ColumnDef, v: unknown): string | number | Date | null {
  const cell = typedCell(col, v);
  if (typeof cell !== "string") return cell;
  if (col.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  if (col.type === "datetime") {
    const d = new Date(cell);
    return Number.isNaN(d.getTime()) ? cell : d;
  }
  return cell;
}

const waitDrain = (w: Writable) =>
  new Promise((resolve) => {
    w.once("drain", resolve).once("close", resolve).once("error", resolve);
  });

/**
 * Waits until what was written has moved on before more rows are read. exceljs's sheet stream
 * writes into the zip's compressor without heeding its backpressure, so rows would pile up in
 * memory when they come faster than they are deflated; its consumers (pipes, an internal of
 * exceljs 4) are waited on, then the response stream.
 */
async function drained(sheet: unknown, out: PassThrough) {
  const pipes = (sheet as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
  // archiver hands exceljs a readable-stream 2 PassThrough: no writableLength, the same state inside.
  const behind = (w: Writable) => {
    const state = (w as unknown as { _writableState?: { length: number; highWaterMark: number } })._writableState;
    return !w.destroyed && !!state && state.length >= state.highWaterMark;
  };
  for (const p of pipes) while (behind(p)) await waitDrain(p);
  while (out.writableNeedDrain && !out.destroyed) await waitDrain(out);
}

/**
 * The XLSX distribution of a dataset as a stream, written by exceljs's streaming WorkbookWriter
 * (no shared strings table, rows committed as they come): sheet "Data" with a header row of the
 * column names and typed cells, sheet "Kamus data" with the data dictionary (column, meaning in
 * Indonesian and English, unit, type). A sheet holds at most 1,048,576 rows in Excel: past that
 * the data goes on in "Data (2)", "Data (3)", … each with its header row. The workbook's dates
 * are the data version's, so the same data always gives the same bytes.
 */
export function xlsxStream(
  database: Database,
  source: Pick<DatasetSource, "kind" | "regionCode" | "dataModifiedAt">,
  opts: { rowsPerSheet?: number } = {},
): Readable {
  const rowsPerSheet = opts.rowsPerSheet ?? XLSX_MAX_ROWS - 1;
  const def = DATASET_KIND_DEFS[source.kind];
  const text = datasetRowsText(source.kind, source.regionCode);
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
    created: source.dataModifiedAt,
    modified: source.dataModifiedAt,
    creator: "Kota Cerdas",
    lastModifiedBy: "Kota Cerdas",
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  let abandoned = false;
  out.on("close", () => {
    abandoned = true;
  });
  const dataSheet = (n: number) => {
    const sheet = wb.addWorksheet(n === 1 ? "Data" : `Data (${n})`, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = def.columns.map((c) => ({
      header: c.name,
      key: c.name,
      width: Math.min(40, Math.max(10, c.name.length + 2)),
      style: NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    return sheet;
  };
  const write = async () => {
    let sheets = 1;
    let sheet = dataSheet(sheets);
    let rows = 0;
    for await (const batch of rowBatches(database, text)) {
      if (abandoned) return;
      for (const raw of batch) {
        if (rows === rowsPerSheet) {
          sheet.commit();
          sheet = dataSheet(++sheets);
          rows = 0;
        }
        sheet.addRow(def.columns.map((c) => xlsxCell(c, raw[c.name]))).commit();
        rows++;
      }
      await drained(sheet, out);
    }
    sheet.commit();
    const dict = wb.addWorksheet("Kamus data", { views: [{ state: "frozen", ySplit: 1 }] });
    dict.columns = [
      { header: "kolom", key: "name", width: 22 },
      { header: "arti", key: "id", width: 50 },
      { header: "meaning", key: "en", width: 50 },
      { header: "satuan", key: "unit", width: 12 },
      { header: "tipe", key: "type", width: 14 },
    ];
    dict.getRow(1).font = { bold: true };
    dict.getRow(1).commit();
    for (const c of def.columns)
      dict
        .addRow({ name: c.name, id: c.id, en: c.en, unit: c.unit ?? "", type: `${c.type} (${TYPE_LABELS[c.type]})` })
        .commit();
    dict.commit();
    await wb.commit();
  };
  write().catch((err) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
