import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../domain/csv-parse";
import { type CsvRecord, csvRecordBatches, splitRecord } from "./csv-records";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "kc-csv-"));
});

async function read(text: string | Buffer, chunkBytes?: number) {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(file, text);
  const out: CsvRecord[] = [];
  for await (const batch of csvRecordBatches(file, undefined, chunkBytes)) out.push(...batch);
  return out;
}

describe("splitRecord", () => {
  it("splits bare and quoted fields and gives up on shapes it does not know", () => {
    expect(splitRecord('P-01,"EC: ICT: ICT: 1C",% rumah tangga,2024,,"1.234,5",', ",")).toEqual([
      "P-01",
      "EC: ICT: ICT: 1C",
      "% rumah tangga",
      "2024",
      "",
      "1.234,5",
      "",
    ]);
    expect(splitRecord('a;"say ""hi""\nthere";c', ";")).toEqual(["a", 'say "hi"\nthere', "c"]);
    expect(splitRecord('a,b"c,d', ",")).toBeNull();
    expect(splitRecord('a,"b"c,d', ",")).toBeNull();
    expect(splitRecord('a,"bc', ",")).toBeNull();
  });

  it("reads every record it accepts exactly as the RFC 4180 reader does", () => {
    const parts = ["a", "bc", " ", ",", ";", '"', '""', "\n", "é", "1.234,5", ""];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let accepted = 0;
    for (let k = 0; k < 5000; k++) {
      const len = next() % 9;
      const s = Array.from({ length: len }, () => parts[next() % parts.length]).join("");
      const fast = splitRecord(s, ",");
      if (fast === null || s === "") continue;
      accepted++;
      // A record of just "" is one empty cell here and none there: the same cells to the importer.
      expect([s, fast]).toEqual([s, parseCsv(s, ",")[0] ?? [""]]);
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});

describe("csvRecordBatches", () => {
  const text =
    '\ufeffKode Program;Realisasi;Catatan\r\nP-01;"1,5";"dua\r\nbaris"\r\n\r\n   \r\nP-02;7;é ü\rP-03;8;"tutup"\nP-04;9;"tidak ditutup\n';
  const expected: CsvRecord[] = [
    { row: 1, cells: ["Kode Program", "Realisasi", "Catatan"] },
    { row: 2, cells: ["P-01", "1,5", "dua\nbaris"] },
    { row: 5, cells: ["P-02", "7", "é ü"] },
    { row: 6, cells: ["P-03", "8", "tutup"] },
    { row: 7, error: "Tanda kutip tidak ditutup" },
  ];

  it("numbers records as rows (header 1, blank ones skipped but counted), across line ends and quoted breaks", async () => {
    expect(await read(text)).toEqual(expected);
  });

  it("reads the same whatever the chunk size, even with a CRLF or a character cut in two", async () => {
    for (const size of [1, 2, 3, 5, 7, 16]) expect(await read(text, size)).toEqual(expected);
  });

  it("guesses the delimiter from the header and reads the last line without a line break", async () => {
    expect(await read("a,b\n1,2")).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "2"] },
    ]);
    expect(await read("")).toEqual([]);
  });
});
