/**
 * A small RFC 4180 reader: fields separated by the delimiter, records by CRLF or LF, fields
 * in double quotes may hold delimiters, line breaks and doubled quotes (""). A leading BOM is
 * dropped. When no delimiter is given, the header line decides between ";" (what Excel writes
 * with Indonesian settings) and ",".
 */
export function parseCsv(text: string, delimiter?: "," | ";"): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = delimiter ?? guessDelimiter(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      i++;
    } else if (ch === sep) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new CsvError("Tanda kutip tidak ditutup");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class CsvError extends Error {}

function guessDelimiter(src: string): "," | ";" {
  const end = src.search(/\r?\n/);
  const header = end === -1 ? src : src.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}
