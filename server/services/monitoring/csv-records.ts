import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { CsvError, parseCsv } from "../../../domain/csv-parse";

/** A record of a CSV file by its row number (1 = the header): its cells, or why it could not be read. */
export type CsvRecord = { row: number; cells: string[]; error?: undefined } | { row: number; error: string };

const delimiterOf = (header: string): "," | ";" =>
  header.split(";").length - 1 > header.split(",").length - 1 ? ";" : ",";

const quotesIn = (line: string) => {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n;
};

/**
 * The cells of one record in the common shapes — fields either bare or wholly in double
 * quotes ("" inside for a quote) — by jumping from delimiter to delimiter. Null for any other
 * shape (a quote inside a bare field, text after a closing quote, an unclosed quote, a bare
 * line break), which the character-by-character reader then handles.
 */
export function splitRecord(s: string, delimiter: "," | ";"): string[] | null {
  const cells: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    if (s.charCodeAt(i) === 34) {
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = s.indexOf('"', from);
        if (q === -1) return null;
        if (s.charCodeAt(q + 1) === 34) {
          value += s.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += s.slice(from, q);
        i = q + 1;
        break;
      }
      cells.push(value);
      if (i === n) return cells;
      if (s[i] !== delimiter) return null;
      i++;
    } else {
      const d = s.indexOf(delimiter, i);
      const field = s.slice(i, d === -1 ? n : d);
      if (field.includes('"') || field.includes("\n") || field.includes("\r")) return null;
      cells.push(field);
      if (d === -1) return cells;
      i = d + 1;
    }
  }
}

/**
 * Reads a CSV file as batches of records, one batch per chunk read, so a large file is never
 * held whole and the caller is not awaited per row. Lines end at LF, CRLF or CR; a record goes
 * on over line breaks while a quoted field is open (joined with LF). The header decides the
 * delimiter (";" as Excel writes it with Indonesian settings, else ","). Blank records are
 * skipped but keep their row number. Records in the common shapes are split directly
 * (splitRecord); the others go through the RFC 4180 reader of `domain/csv-parse`, whose error
 * (an unclosed quote) becomes the record's error.
 */
export async function* csvRecordBatches(
  file: string,
  onBytes?: (bytes: number) => void,
  chunkBytes = 1 << 20,
): AsyncGenerator<CsvRecord[]> {
  const decoder = new StringDecoder("utf8");
  let delimiter: "," | ";" | null = null;
  let row = 0;
  let carry = ""; // the text after the last line break, not yet a whole line
  let pending: string | null = null; // a record whose quoted field is still open
  let pendingQuotes = 0;
  let bytes = 0;

  const take = (record: string, out: CsvRecord[]) => {
    row++;
    if (delimiter === null) delimiter = delimiterOf(record);
    else if (!record.trim()) return;
    const cells = row > 1 ? splitRecord(record, delimiter) : null;
    if (cells) {
      out.push({ row, cells });
      return;
    }
    try {
      out.push({ row, cells: parseCsv(record, delimiter)[0] ?? [] });
    } catch (err) {
      if (!(err instanceof CsvError)) throw err;
      out.push({ row, error: err.message });
    }
  };
  const line = (text: string, out: CsvRecord[]) => {
    const quotes = text.indexOf('"') === -1 ? 0 : quotesIn(text);
    if (pending === null) {
      if (quotes % 2 === 0) return take(text, out);
      pending = text;
      pendingQuotes = quotes;
      return;
    }
    pending = `${pending}\n${text}`;
    pendingQuotes += quotes;
    if (pendingQuotes % 2 === 1) return;
    const record = pending;
    pending = null;
    take(record, out);
  };
  const lines = (text: string, out: CsvRecord[], final: boolean) => {
    let start = 0;
    for (;;) {
      const lf = text.indexOf("\n", start);
      const end = lf === -1 ? text.length : lf;
      if (lf === -1 && !final) break;
      let content = text.slice(start, end);
      if (content.charCodeAt(content.length - 1) === 13) content = content.slice(0, -1);
      if (content.includes("\r")) for (const part of content.split("\r")) line(part, out);
      else line(content, out);
      start = end + 1;
      if (lf === -1) break;
    }
    return final ? "" : text.slice(start);
  };

  for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    let text = carry + decoder.write(chunk);
    // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
    let held = "";
    if (text.charCodeAt(text.length - 1) === 13) {
      held = "\r";
      text = text.slice(0, -1);
    }
    const out: CsvRecord[] = [];
    carry = lines(text, out, false) + held;
    onBytes?.(bytes);
    if (out.length) yield out;
  }
  const out: CsvRecord[] = [];
  const rest = carry + decoder.end();
  if (rest !== "") lines(rest, out, true);
  if (pending !== null) take(pending, out);
  if (out.length) yield out;
}
